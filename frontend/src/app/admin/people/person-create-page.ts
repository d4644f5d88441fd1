import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import {
  FIELD_LIMITS,
  GENDERS,
  LANGUAGES,
  PASSWORD_MIN_LENGTH,
  type ApiErrorBody,
  type CreatePersonRequest,
  type Gender,
  type Language,
  type Role,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../../core/api-error';
import { ErrorBanner } from '../../shared/error-banner';
import { FieldErrorPipe } from '../../shared/field-error.pipe';
import { OrganisationControl, OrganisationPicker } from '../../shared/organisation-picker';
import { PasswordField } from '../../shared/password-field';
import { organisationPicked } from '../../shared/validators';
import { PeopleAdminService } from './people-admin.service';
import { RoleCheckboxes, atLeastOneRole } from './role-checkboxes';

/** An administrator opens an account for someone, with a first password to pass on. */
@Component({
  selector: 'app-person-create-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorBanner,
    OrganisationPicker,
    PasswordField,
    RoleCheckboxes,
  ],
  templateUrl: './person-create-page.html',
  styleUrl: '../admin-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonCreatePage {
  private readonly service = inject(PeopleAdminService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

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
    roles: [['trainee'] as Role[], atLeastOneRole],
    organisation: new FormControl(null, organisationPicked) as OrganisationControl,
    language: ['en' as Language],
    gender: ['undeclared' as Gender],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { organisation, ...rest } = this.form.getRawValue();
    const request: CreatePersonRequest = { ...rest };
    if (organisation && typeof organisation === 'object') request.organisationId = organisation.id;
    this.busy.set(true);
    this.error.set(null);
    this.service
      .create(request)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (person) => {
          this.snackBar.open(this.translate.instant('people.created', { name: person.fullName }), undefined, {
            duration: 4000,
          });
          void this.router.navigate(['/admin/people', person.id]);
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
