import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import {
  FIELD_LIMITS,
  type ApiErrorBody,
  type Organisation,
  type OrganisationType,
  type SaveOrganisationRequest,
  type ThematicArea,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../../core/api-error';
import { ErrorBanner } from '../../shared/error-banner';
import { FieldErrorPipe } from '../../shared/field-error.pipe';
import { countryCode, website } from '../../shared/validators';
import { OrganisationTypeField } from '../../organisations/organisation-type-field';
import { ThematicAreasField } from '../../organisations/thematic-areas-field';
import { OrganisationsService } from './organisations.service';
import { LoadState } from '../../shared/load-state';

/** Creates an organisation (`/new`) or edits one (`/:id`). */
@Component({
  selector: 'app-organisation-form-page',
  imports: [
    LoadState,
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorBanner,
    OrganisationTypeField,
    ThematicAreasField,
  ],
  templateUrl: './organisation-form-page.html',
  styleUrl: '../admin-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationFormPage {
  private readonly service = inject(OrganisationsService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  /** The organisation's id from the address; absent when creating one. */
  readonly id = input<string>();

  protected readonly editing = computed(() => !!this.id());
  private readonly existing = rxResource({
    params: () => this.id() || undefined,
    stream: ({ params }) => this.service.get(params),
  });
  protected readonly loading = this.existing.isLoading;
  protected readonly loadError = computed(() =>
    this.existing.error() ? toApiError(this.existing.error()) : null,
  );

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [
      '',
      [
        Validators.required,
        Validators.minLength(FIELD_LIMITS.organisationNameMin),
        Validators.maxLength(FIELD_LIMITS.organisationNameMax),
      ],
    ],
    type: ['cso' as OrganisationType, Validators.required],
    country: ['TR', [Validators.required, countryCode]],
    province: [
      '',
      [
        Validators.required,
        Validators.minLength(FIELD_LIMITS.provinceMin),
        Validators.maxLength(FIELD_LIMITS.provinceMax),
      ],
    ],
    thematicAreas: [[] as ThematicArea[]],
    website: ['', [website, Validators.maxLength(FIELD_LIMITS.websiteMax)]],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  constructor() {
    effect(() => {
      if (this.existing.hasValue()) this.fill(this.existing.value());
    });
  }

  private fill(organisation: Organisation | undefined): void {
    if (!organisation) return;
    const { name, type, country, province, thematicAreas } = organisation;
    this.form.reset({ name, type, country, province, thematicAreas, website: organisation.website ?? '' });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request: SaveOrganisationRequest = {
      ...value,
      country: value.country.trim().toUpperCase(),
      website: value.website.trim() || null,
    };
    const id = this.id();
    this.busy.set(true);
    this.error.set(null);
    (id ? this.service.update(id, request) : this.service.create(request))
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (saved) => {
          const key = id ? 'organisations.updated' : 'organisations.created';
          this.snackBar.open(this.translate.instant(key, { name: saved.name }), undefined, {
            duration: 4000,
          });
          void this.router.navigate(['/admin/organisations']);
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          // A duplicate name (409) belongs next to the name field.
          const details = body.statusCode === 409 ? [{ field: 'name', reason: body.message }] : body.details;
          applyFieldErrors(this.form, details);
          this.error.set(body);
        },
      });
  }
}
