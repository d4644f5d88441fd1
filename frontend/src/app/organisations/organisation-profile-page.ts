import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DatePipe } from '@angular/common';
import { finalize, map } from 'rxjs';
import { LEGAL_FORMS, PROFILE_LIMITS, TARGET_GROUPS, TR_PROVINCES, type ApiErrorBody } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { LanguageService } from '../core/language.service';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { fillProfileForm, profileForm, profileRequest } from './organisation-profile-form';
import { OrganisationProfilesService } from './organisation-profiles.service';
import { OrganisationTypeField } from './organisation-type-field';
import { TextChipsField } from './text-chips-field';
import { ThematicAreasField } from './thematic-areas-field';
import { LoadingBar } from '../shared/loading-bar';
import { LoadState } from '../shared/load-state';

/**
 * An organisation's profile: a focal person's own organisation (`/organisations/mine`), or any
 * organisation for coordinators (`/organisations/:id/profile`).
 */
@Component({
  selector: 'app-organisation-profile-page',
  imports: [
    LoadingBar,
    ReactiveFormsModule,
    RouterLink,
    DatePipe,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    LoadState,
    MatSelectModule,
    TranslatePipe,
    CountryNamePipe,
    FieldErrorPipe,
    ErrorBanner,
    TextChipsField,
    OrganisationTypeField,
    ThematicAreasField,
  ],
  templateUrl: './organisation-profile-page.html',
  styleUrls: ['../admin/admin-form.scss', './organisation-profile-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationProfilePage {
  private readonly service = inject(OrganisationProfilesService);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly locale = inject(LanguageService).locale;

  /** From the address; absent on "my organisation", which is the signed-in person's own. */
  readonly id = input<string>();
  protected readonly organisationId = computed(
    () => this.id() ?? this.auth.currentPerson()?.organisation?.id,
  );
  protected readonly coordinating = computed(() => this.auth.can('organisations.manage'));

  protected readonly legalForms = LEGAL_FORMS;
  protected readonly targetGroups = TARGET_GROUPS;
  protected readonly provinces = TR_PROVINCES;
  protected readonly limits = PROFILE_LIMITS;
  protected readonly genders = ['women', 'men', 'other'] as const;

  protected readonly profile = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => this.service.profile(params),
  });
  protected readonly loadError = computed(() =>
    this.profile.error() ? toApiError(this.profile.error()) : null,
  );
  protected readonly form = profileForm(inject(NonNullableFormBuilder));
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly otherChosen = toSignal(
    this.form.controls.thematicAreas.valueChanges.pipe(map((areas) => areas.includes('other'))),
    { initialValue: false },
  );

  constructor() {
    effect(() => {
      if (this.profile.hasValue()) fillProfileForm(this.form, this.profile.value());
    });
  }

  protected submit(): void {
    const id = this.organisationId();
    if (!id) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.service
      .saveProfile(id, profileRequest(this.form))
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (saved) => {
          this.profile.set(saved);
          this.snackBar.open(
            this.translate.instant('organisationProfile.saved', { name: saved.name }),
            undefined,
            {
              duration: 4000,
            },
          );
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          // Nested fields (`staff.women`, `contact.email`) go to their own inputs.
          applyFieldErrors(this.form, body.details, (field) => field.replace(/\.\d+$/, ''));
          this.error.set(body);
        },
      });
  }
}
