import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { map, startWith, switchMap } from 'rxjs';
import { addDays, localDate } from '../shared/date-time';
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
    const date = last?.date ? localDate(addDays(new Date(`${last.date}T12:00:00`), 1)) : '';
    array.push(meetingGroup(this.fb, { date }));
    const added = array.at(array.length - 1);
    added.patchValue({ start: last?.start ?? '09:30', end: last?.end ?? '12:30' });
    array.markAsDirty();
  }

  protected remove(index: number): void {
    this.meetings().removeAt(index);
    this.meetings().markAsDirty();
  }
}
