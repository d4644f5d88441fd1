import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import type { ApiErrorBody, EnrolmentSummary } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { SessionsService } from './sessions.service';

/**
 * A coordinator withdraws someone from a session, saying why: the reason goes to the audit log
 * and to the person by mail, and a freed seat goes to the first person waiting.
 */
@Component({
  selector: 'app-withdraw-dialog',
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
  templateUrl: './withdraw-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WithdrawDialog {
  private readonly service = inject(SessionsService);
  private readonly ref = inject<MatDialogRef<WithdrawDialog, EnrolmentSummary>>(MatDialogRef);
  protected readonly enrolment = inject<EnrolmentSummary>(MAT_DIALOG_DATA);

  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(500)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected submit(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.service
      .withdraw(this.enrolment.id, this.reason.value.trim())
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (withdrawn) => this.ref.close(withdrawn),
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
