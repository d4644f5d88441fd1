import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { TranslatePipe } from '@ngx-translate/core';
import { map, startWith, switchMap } from 'rxjs';
import { addDays } from '../shared/date-time';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { MeetingGroup, meetingGroup } from './session-form';

/** The dated meetings of a session: one row each, added and removed as the plan changes. */
@Component({
  selector: 'app-meetings-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatDatepickerModule,
    MatTimepickerModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './meetings-editor.html',
  styleUrl: './meetings-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingsEditor {
  private readonly fb = inject(FormBuilder);

  readonly meetings = input.required<FormArray<MeetingGroup>>();
  /** Shown as the place of a meeting that has none of its own. */
  readonly defaultPlace = input('');

  /** The rows, re-read whenever the array or anything in it changes. */
  protected readonly rows = toSignal(
    toObservable(this.meetings).pipe(
      switchMap((array) =>
        array.events.pipe(
          startWith(null),
          map(() => [...array.controls]),
        ),
      ),
    ),
    { initialValue: [] as MeetingGroup[] },
  );

  /** A new meeting the day after the last one, at the same hours. */
  protected add(): void {
    const array = this.meetings();
    const last = array.at(array.length - 1)?.getRawValue();
    const date = last?.date?.isValid ? addDays(last.date, 1) : null;
    array.push(meetingGroup(this.fb, { date }));
    const added = array.at(array.length - 1);
    if (last) added.patchValue({ start: last.start, end: last.end });
    array.markAsDirty();
  }

  protected remove(index: number): void {
    this.meetings().removeAt(index);
    this.meetings().markAsDirty();
  }
}
