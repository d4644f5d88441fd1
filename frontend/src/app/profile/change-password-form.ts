import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { FIELD_LIMITS, PASSWORD_MIN_LENGTH, type ApiErrorBody } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { ErrorBanner } from '../shared/error-banner';
import { PasswordField } from '../shared/password-field';
import { sameAs } from '../shared/validators';
import { ProfileService } from './profile.service';

/** Changing one's own password: the current one, then the new one twice. */
@Component({
  selector: 'app-change-password-form',
  imports: [ReactiveFormsModule, MatButtonModule, TranslatePipe, ErrorBanner, PasswordField],
  templateUrl: './change-password-form.html',
  styleUrl: './profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordForm {
  private readonly profile = inject(ProfileService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', Validators.required],
    newPassword: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(FIELD_LIMITS.passwordMax),
      ],
    ],
    confirmPassword: ['', [Validators.required, sameAs('newPassword')]],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected submit(directive: FormGroupDirective): void {
    this.form.controls.confirmPassword.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.profile
      .changePassword({ currentPassword, newPassword })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          directive.resetForm();
          this.snackBar.open(this.translate.instant('profile.passwordChanged'), undefined, {
            duration: 4000,
          });
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details);
          this.error.set(body);
        },
      });
  }
}
