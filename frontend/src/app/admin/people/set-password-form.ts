import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { FIELD_LIMITS, PASSWORD_MIN_LENGTH, type ApiErrorBody } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../../core/api-error';
import { ErrorBanner } from '../../shared/error-banner';
import { PasswordField } from '../../shared/password-field';
import { PeopleAdminService } from './people-admin.service';

/** Sets a new password for someone who lost theirs; their open sessions end. */
@Component({
  selector: 'app-set-password-form',
  imports: [ReactiveFormsModule, MatButtonModule, TranslatePipe, ErrorBanner, PasswordField],
  templateUrl: './set-password-form.html',
  styleUrl: '../admin-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordForm {
  private readonly service = inject(PeopleAdminService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly personId = input.required<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(FIELD_LIMITS.passwordMax),
      ],
    ],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected submit(directive: FormGroupDirective): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.service
      .setPassword(this.personId(), this.form.getRawValue().password)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          directive.resetForm();
          this.snackBar.open(this.translate.instant('people.passwordSet'), undefined, { duration: 4000 });
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details);
          this.error.set(body);
        },
      });
  }
}
