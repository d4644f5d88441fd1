import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import type { ApiErrorBody, AttendanceSheet } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../../core/api-error';
import { ErrorBanner } from '../../shared/error-banner';
import { FieldErrorPipe } from '../../shared/field-error.pipe';
import { AttendanceService } from './attendance.service';

export interface WalkInDialogData {
  sessionId: string;
  meetingId: string;
  /** The meeting as the person sees it, e.g. "3 March, Opening". */
  meetingLabel: string;
}

/** Adds someone who came without an enrolment; they are marked present at this meeting. */
@Component({
  selector: 'app-walk-in-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorBanner,
    FieldErrorPipe,
  ],
  templateUrl: './walk-in-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WalkInDialog {
  private readonly service = inject(AttendanceService);
  private readonly ref = inject<MatDialogRef<WalkInDialog, AttendanceSheet>>(MatDialogRef);
  protected readonly data = inject<WalkInDialogData>(MAT_DIALOG_DATA);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    fullName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    organisation: ['', Validators.maxLength(200)],
    email: ['', Validators.email],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { fullName, organisation, email } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.service
      .addWalkIn(this.data.sessionId, {
        meetingId: this.data.meetingId,
        fullName: fullName.trim(),
        organisation: organisation.trim() || null,
        email: email.trim() || null,
      })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (sheet) => this.ref.close(sheet),
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details);
          this.error.set(body);
        },
      });
  }
}
