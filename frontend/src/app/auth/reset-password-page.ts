import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { FIELD_LIMITS, PASSWORD_MIN_LENGTH, type ApiErrorBody } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { ErrorBanner } from '../shared/error-banner';
import { PasswordField } from '../shared/password-field';
import { sameAs } from '../shared/validators';
import { LoadingBar } from '../shared/loading-bar';

/** The shape of the token a reset link carries; anything else is not worth sending. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Choosing a new password from a mailed link, then signing in with it. */
@Component({
  selector: 'app-reset-password-page',
  imports: [
    LoadingBar,
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    TranslatePipe,
    ErrorBanner,
    PasswordField,
  ],
  templateUrl: './reset-password-page.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** From the link's `token` query parameter. */
  readonly token = input<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(FIELD_LIMITS.passwordMax),
      ],
    ],
    confirmPassword: ['', [Validators.required, sameAs('password')]],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  /** The link itself was refused (unknown, expired or used): a new one is needed. */
  private readonly linkRefused = signal(false);
  protected readonly linkUsable = computed(() => TOKEN.test(this.token() ?? '') && !this.linkRefused());

  protected submit(): void {
    this.form.controls.confirmPassword.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.auth
      .confirmPasswordReset(this.token() ?? '', this.form.getRawValue().password)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => void this.router.navigate(['/sign-in'], { queryParams: { passwordReset: 1 } }),
        error: (failure: unknown) => {
          const body = toApiError(failure);
          const unmatched = applyFieldErrors(this.form, body.details);
          if (unmatched.some((d) => d.field === 'token')) this.linkRefused.set(true);
          else this.error.set(body);
        },
      });
  }
}
