import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, finalize, map, of } from 'rxjs';
import type { ApiErrorBody } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { safeReturnUrl } from '../core/return-url';
import { AuthService } from '../core/auth.service';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { PasswordField } from '../shared/password-field';
import { LoadingBar } from '../shared/loading-bar';

/** Translated messages for the answers a sign-in can get; others show the API's message. */
const SIGN_IN_MESSAGES: Record<number, string> = {
  401: 'signIn.errors.incorrect',
  429: 'signIn.errors.tooMany',
};

@Component({
  selector: 'app-sign-in-page',
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
    PasswordField,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Where to go after signing in (from the `returnUrl` query parameter). */
  readonly returnUrl = input<string>();
  /** Set when the person arrives from choosing a new password. */
  readonly passwordReset = input<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly registrationOpen = toSignal(
    this.auth.settings().pipe(
      map((settings) => settings.registrationOpen),
      // Without the settings, simply do not offer registration.
      catchError(() => of(false)),
    ),
    { initialValue: false },
  );

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.auth
      .signIn(this.form.getRawValue())
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details);
          this.errorKey.set(SIGN_IN_MESSAGES[body.statusCode] ?? null);
          this.error.set(body);
        },
      });
  }
}
