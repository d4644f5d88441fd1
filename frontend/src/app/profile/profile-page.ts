import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import {
  FIELD_LIMITS,
  GENDERS,
  LANGUAGES,
  type ApiErrorBody,
  type UpdateProfileRequest,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { OrganisationControl, OrganisationPicker } from '../shared/organisation-picker';
import { organisationPicked } from '../shared/validators';
import { MailPreferencesForm } from '../notifications/mail-preferences';
import { CalendarFeed } from './calendar/calendar-feed';
import { ChangePasswordForm } from './change-password-form';

/** The person's own details and password. */
@Component({
  selector: 'app-profile-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorBanner,
    OrganisationPicker,
    ChangePasswordForm,
    CalendarFeed,
    MailPreferencesForm,
  ],
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly person = this.auth.currentPerson;
  protected readonly languages = LANGUAGES;
  protected readonly genders = GENDERS;
  protected readonly form = this.buildForm();
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  constructor() {
    // The toolbar's language switch also saves the language: keep the form in step with it.
    effect(() => {
      const language = this.person()?.language;
      const control = this.form.controls.language;
      if (language && !control.dirty && control.value !== language) control.setValue(language);
    });
  }

  private buildForm() {
    const me = this.auth.currentPerson();
    return inject(FormBuilder).nonNullable.group({
      fullName: [
        me?.fullName ?? '',
        [
          Validators.required,
          Validators.minLength(FIELD_LIMITS.fullNameMin),
          Validators.maxLength(FIELD_LIMITS.fullNameMax),
        ],
      ],
      language: [me?.language ?? 'en', Validators.required],
      gender: [me?.gender ?? 'undeclared'],
      organisation: new FormControl(me?.organisation ?? null, organisationPicked) as OrganisationControl,
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { fullName, language, gender, organisation } = this.form.getRawValue();
    const request: UpdateProfileRequest = { fullName, language, gender };
    if (organisation && typeof organisation === 'object') request.organisationId = organisation.id;
    this.busy.set(true);
    this.error.set(null);
    this.auth
      .updateProfile(request)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.form.markAsPristine();
          this.snackBar.open(this.translate.instant('profile.saved'), undefined, { duration: 4000 });
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          const details = body.details?.map((d) =>
            d.field === 'organisationId' ? { ...d, field: 'organisation' } : d,
          );
          applyFieldErrors(this.form, details);
          this.error.set(body);
        },
      });
  }
}
