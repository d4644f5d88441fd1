import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { DateTime } from 'luxon';
import { finalize } from 'rxjs';
import { MEETING_MODES, type ApiErrorBody, type CoachingTrackDetail, type MeetingMode } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { isoDay } from '../shared/date-time';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { CoachingService } from './coaching.service';

/** The mentor's (or a coordinator's) record of a meeting: when, how long, how, notes and action items. */
@Component({
  selector: 'app-meeting-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorBanner,
    FieldErrorPipe,
  ],
  templateUrl: './meeting-form.html',
  styleUrl: './coaching.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingForm {
  private readonly fb = inject(FormBuilder);
  private readonly service = inject(CoachingService);

  readonly track = input.required<CoachingTrackDetail>();
  readonly saved = output<CoachingTrackDetail>();
  readonly cancelled = output<void>();

  protected readonly modes = MEETING_MODES;
  /** Who may own an action item: the mentor and the team. */
  protected readonly owners = computed(() => [this.track().mentor, ...this.track().team]);
  protected readonly form = this.fb.nonNullable.group({
    heldOn: [null as DateTime | null, Validators.required],
    durationMinutes: [60, [Validators.required, Validators.min(5), Validators.max(600)]],
    mode: ['online' as MeetingMode, Validators.required],
    notes: ['', Validators.maxLength(8000)],
    actionItems: this.fb.array([] as ReturnType<MeetingForm['itemGroup']>[]),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  private itemGroup() {
    return this.fb.nonNullable.group({
      text: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
      ownerId: ['', Validators.required],
      dueOn: [null as DateTime | null, Validators.required],
    });
  }

  protected addItem(): void {
    this.form.controls.actionItems.push(this.itemGroup());
  }

  protected removeItem(index: number): void {
    this.form.controls.actionItems.removeAt(index);
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.service
      .addMeeting(this.track().id, {
        heldOn: isoDay(value.heldOn) ?? '',
        durationMinutes: Number(value.durationMinutes),
        mode: value.mode,
        notes: value.notes,
        actionItems: value.actionItems.map((a) => ({
          text: a.text,
          ownerId: a.ownerId,
          dueOn: isoDay(a.dueOn) ?? '',
          done: false,
        })),
      })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (saved) => this.saved.emit(saved),
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details, (field) => field);
          this.error.set(body);
        },
      });
  }
}
