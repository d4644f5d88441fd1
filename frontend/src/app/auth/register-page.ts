import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, finalize, map, of } from 'rxjs';
import {
  FIELD_LIMITS,
  GENDERS,
  LANGUAGES,
  PASSWORD_MIN_LENGTH,
  type ApiErrorBody,
  type Gender,
  type Language,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { rememberReturnAfterConfirmation } from '../core/return-url';
import { LanguageService } from '../core/language.service';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { OrganisationControl, OrganisationPicker } from '../shared/organisation-picker';
import { PasswordField } from '../shared/password-field';
import { organisationPicked } from '../shared/validators';
import { LoadingBar } from '../shared/loading-bar';

/**
 * Self-registration of a trainee, when the programme allows it. Every address gets the same
 * answer ("check your mail"), so the page tells nobody whether an account exists.
 */
@Component({
  selector: 'app-register-page',
  imports: [
    LoadingBar,
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorBanner,
    OrganisationPicker,
    PasswordField,
  ],
  templateUrl: './register-page.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPage {
  private readonly auth = inject(AuthService);

  /** Where to go once the account exists (e.g. the session a visitor applied for from the public catalogue). */
  readonly returnUrl = input<string>();

  protected readonly languages = LANGUAGES;
  protected readonly genders = GENDERS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    fullName: [
      '',
      [
        Validators.required,
        Validators.minLength(FIELD_LIMITS.fullNameMin),
        Validators.maxLength(FIELD_LIMITS.fullNameMax),
      ],
    ],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(FIELD_LIMITS.emailMax)]],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(FIELD_LIMITS.passwordMax),
      ],
    ],
    organisation: new FormControl(null, [Validators.required, organisationPicked]) as OrganisationControl,
    language: [inject(LanguageService).current() as Language, Validators.required],
    gender: ['undeclared' as Gender],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  /** Once the request is accepted: the address, and whether a link to confirm it was mailed. */
  protected readonly accepted = signal<{ email: string; confirmationRequired: boolean } | null>(null);
  /** null while the settings are being read. */
  protected readonly open = toSignal(
    this.auth.settings().pipe(
      map((settings) => settings.registrationOpen),
      // If the settings cannot be read, let the person try: the API answers clearly if closed.
      catchError(() => of(true)),
    ),
    { initialValue: null },
  );

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { organisation, ...rest } = this.form.getRawValue();
    if (!organisation || typeof organisation === 'string') return;
    this.busy.set(true);
    this.error.set(null);
    this.auth
      .register({ ...rest, organisationId: organisation.id })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: ({ confirmationRequired }) => {
          if (confirmationRequired) rememberReturnAfterConfirmation(this.returnUrl());
          this.accepted.set({ email: rest.email, confirmationRequired });
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(
            this.form,
            body.details?.map((d) => (d.field === 'organisationId' ? { ...d, field: 'organisation' } : d)),
          );
          this.errorKey.set(body.statusCode === 429 ? 'register.tooMany' : null);
          this.error.set(body);
        },
      });
  }
}
