import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { DateTime } from 'luxon';
import { finalize } from 'rxjs';
import {
  COACHING_TRACK_STATUSES,
  type ApiErrorBody,
  type CoachingPerson,
  type CoachingTrackStatus,
  type PersonSummary,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { dayValue, isoDay } from '../shared/date-time';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { OrganisationPicker, type PickedOrganisation } from '../shared/organisation-picker';
import { CoachingService } from './coaching.service';
import { PersonSearch } from './person-search';
import { LoadState } from '../shared/load-state';

type Picked = Pick<CoachingPerson, 'id' | 'fullName' | 'organisationName'>;

const picked = (person: PersonSummary): Picked => ({
  id: person.id,
  fullName: person.fullName,
  organisationName: person.organisation?.name ?? null,
});

/** A coaching track, new (`/new`) or kept (`/:id`): mentor, the organisation or team coached, dates, status. */
@Component({
  selector: 'app-coaching-track-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    LoadState,
    MatSelectModule,
    TranslatePipe,
    ErrorBanner,
    FieldErrorPipe,
    OrganisationPicker,
    PersonSearch,
  ],
  templateUrl: './coaching-track-form-page.html',
  styleUrl: './coaching.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoachingTrackFormPage {
  private readonly fb = inject(FormBuilder);
  private readonly service = inject(CoachingService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly id = input<string>();

  protected readonly statuses = COACHING_TRACK_STATUSES;
  protected readonly form = this.fb.nonNullable.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    projectTitle: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    startsOn: [null as DateTime | null, Validators.required],
    endsOn: [null as DateTime | null, Validators.required],
    status: ['planned' as CoachingTrackStatus, Validators.required],
  });
  protected readonly organisation = new FormControl<PickedOrganisation | string | null>(null);
  protected readonly mentor = signal<Picked | null>(null);
  protected readonly team = signal<Picked[]>([]);
  protected readonly existing = rxResource({
    params: () => this.id() || undefined,
    stream: ({ params }) => this.service.get(params),
  });
  protected readonly loadError = computed(() => {
    const failure = this.existing.error();
    return failure ? toApiError(failure) : null;
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  constructor() {
    effect(() => {
      if (!this.existing.hasValue()) return;
      const track = this.existing.value();
      this.form.patchValue({
        title: track.title,
        projectTitle: track.projectTitle,
        startsOn: dayValue(track.startsOn),
        endsOn: dayValue(track.endsOn),
        status: track.status,
      });
      this.organisation.setValue(
        track.organisationId ? { id: track.organisationId, name: track.organisationName ?? '' } : null,
      );
      this.mentor.set(track.mentor);
      this.team.set(track.team);
    });
  }

  protected pickMentor(person: PersonSummary): void {
    this.mentor.set(picked(person));
  }

  protected addMember(person: PersonSummary): void {
    if (!this.team().some((p) => p.id === person.id)) this.team.update((list) => [...list, picked(person)]);
  }

  protected removeMember(id: string): void {
    this.team.update((list) => list.filter((p) => p.id !== id));
  }

  protected submit(): void {
    const mentor = this.mentor();
    if (this.form.invalid || !mentor || !this.team().length) {
      this.form.markAllAsTouched();
      this.error.set({
        statusCode: 400,
        error: 'Bad request',
        message: this.translate.instant('coaching.form.incomplete'),
      });
      return;
    }
    const value = this.form.getRawValue();
    const organisation = this.organisation.value;
    const id = this.id() ?? null;
    this.busy.set(true);
    this.error.set(null);
    this.service
      .save(id, {
        title: value.title,
        projectTitle: value.projectTitle,
        mentorId: mentor.id,
        organisationId: organisation && typeof organisation === 'object' ? organisation.id : null,
        teamIds: this.team().map((p) => p.id),
        startsOn: isoDay(value.startsOn) ?? '',
        endsOn: isoDay(value.endsOn) ?? '',
        status: value.status,
      })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (saved) => {
          this.snackBar.open(this.translate.instant('coaching.saved', { title: saved.title }), undefined, {
            duration: 5000,
          });
          void this.router.navigate(['/coaching', saved.id]);
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details);
          this.error.set(body);
        },
      });
  }
}
