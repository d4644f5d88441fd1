import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { FIELD_LIMITS, type ApiErrorBody } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { LoadingBar } from '../shared/loading-bar';

/**
 * Asking for a link to choose a new password. Every address gets the same confirmation, so the
 * page tells nobody whether an account exists.
 */
@Component({
  selector: 'app-forgot-password-page',
  imports: [
    LoadingBar,
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorBanner,
  ],
  templateUrl: './forgot-password-page.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly auth = inject(AuthService);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(FIELD_LIMITS.emailMax)]],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  /** The address a link was asked for, once the request is accepted. */
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.auth
      .requestPasswordReset(email)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => this.sentTo.set(email),
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details);
          this.errorKey.set(body.statusCode === 429 ? 'forgotPassword.tooMany' : null);
          this.error.set(body);
        },
      });
  }
}
