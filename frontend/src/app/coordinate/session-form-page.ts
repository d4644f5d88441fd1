import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize, map, startWith } from 'rxjs';
import {
  DEFAULT_TIME_ZONE,
  ENROLMENT_POLICIES,
  SESSION_FORMATS,
  SESSION_MODES,
  TIME_ZONE_CHOICES,
  timeZoneOfCountry,
  zoneCity,
  type ApiErrorBody,
  type SessionDetail,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { LocalisedPipe } from '../shared/localised';
import { isoDay, wallClock } from '../shared/date-time';
import { ZonedTime } from '../shared/zoned-time.pipes';
import { pickTrainers } from '../trainers/trainer-picker-dialog';
import { sessionControlPath } from './field-paths';
import { MeetingsEditor } from './meetings-editor';
import { checkSessionForm, fillSessionForm, sessionForm, sessionRequest } from './session-form';
import { SessionsService } from './sessions.service';
import { TrainingsService } from './trainings.service';
import { LoadState } from '../shared/load-state';

/** Opens a session (`/new?trainingId=`) or edits one (`/:id/edit`), with its meetings. */
@Component({
  selector: 'app-session-form-page',
  imports: [
    LoadState,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTimepickerModule,
    TranslatePipe,
    ErrorBanner,
    FieldErrorPipe,
    LocalisedPipe,
    MeetingsEditor,
  ],
  templateUrl: './session-form-page.html',
  styleUrl: './session-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionFormPage {
  private readonly fb = inject(FormBuilder);
  private readonly service = inject(SessionsService);
  private readonly trainingsService = inject(TrainingsService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService).current;

  /** The session's id when editing. */
  readonly id = input<string>();
  /** `?trainingId=` to open a session of that training. */
  readonly trainingId = input<string>();

  protected readonly formats = SESSION_FORMATS;
  protected readonly modes = SESSION_MODES;
  protected readonly policies = ENROLMENT_POLICIES;
  protected readonly form = sessionForm(this.fb);

  private readonly existing = rxResource({
    params: () => this.id() || undefined,
    stream: ({ params }) => this.service.get(params),
  });
  /** Trainings a session can be opened for (not archived). */
  protected readonly trainings = rxResource({
    stream: () =>
      this.trainingsService
        .list({ q: '', status: '', page: 1, pageSize: 100 })
        // A new session needs a training still in use; an existing one keeps showing its own.
        .pipe(map((page) => page.items.filter((t) => t.status !== 'archived' || !!this.id()))),
  });
  protected readonly trainers = rxResource({ stream: () => this.service.trainers() });
  protected readonly loading = computed(
    () => this.existing.isLoading() || this.trainings.isLoading() || this.trainers.isLoading(),
  );
  protected readonly loadError = computed(() => {
    const failure = this.existing.error() ?? this.trainings.error() ?? this.trainers.error();
    return failure ? toApiError(failure) : null;
  });

  protected readonly mode = toSignal(
    this.form.controls.mode.valueChanges.pipe(startWith(this.form.controls.mode.value)),
    { requireSync: true },
  );
  private readonly chosenTrainingId = toSignal(
    this.form.controls.trainingId.valueChanges.pipe(startWith(this.form.controls.trainingId.value)),
    { requireSync: true },
  );
  /** The session can be taught only in a language its training is offered in. */
  protected readonly languages = computed(() => {
    const training = (this.trainings.hasValue() ? this.trainings.value() : []).find(
      (t) => t.id === this.chosenTrainingId(),
    );
    return training?.languages ?? [];
  });
  protected readonly venue = toSignal(this.form.controls.venue.valueChanges, { initialValue: '' });
  private readonly zoned = inject(ZonedTime);
  private readonly timeZone = toSignal(
    this.form.controls.timeZone.valueChanges.pipe(startWith(this.form.controls.timeZone.value)),
    { requireSync: true },
  );
  private readonly country = toSignal(
    this.form.controls.country.valueChanges.pipe(startWith(this.form.controls.country.value)),
    { requireSync: true },
  );
  /** "Istanbul time": the clock every date and time of this form is entered on. */
  protected readonly zoneName = computed(() => this.zoned.zoneName(this.timeZone(), this.language()));
  /** The listed zones ("Brussels · GMT+1"), and the session's own if it is not among them. */
  protected readonly zoneChoices = computed(() => {
    const language = this.language();
    const current = this.timeZone();
    const ids = TIME_ZONE_CHOICES.map((c) => c.id);
    return [...ids, ...(ids.includes(current) ? [] : [current])].map((id) => ({
      id,
      label: `${zoneCity(id, language)} · ${offsetName(id)}`,
    }));
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  constructor() {
    effect(() => {
      if (this.existing.hasValue()) {
        fillSessionForm(this.fb, this.form, this.existing.value() as SessionDetail);
        this.form.controls.trainingId.disable();
      }
    });
    effect(() => {
      const trainingId = this.trainingId();
      if (!this.id() && trainingId) this.form.controls.trainingId.setValue(trainingId);
    });
    // Until the zone is chosen by hand, it follows the venue's country (Istanbul when online).
    effect(() => {
      const country = this.country();
      const control = this.form.controls.timeZone;
      if (control.dirty || this.id()) return;
      const zone = this.mode() === 'online' ? DEFAULT_TIME_ZONE : timeZoneOfCountry(country ?? '');
      if (zone && zone !== control.value) control.setValue(zone);
    });
    // A new session's enrolment opens now: now on the clock of the zone chosen, until set by hand.
    effect(() => {
      const zone = this.timeZone();
      const { opensDate, opensTime } = this.form.controls;
      if (this.id() || opensDate.dirty || opensTime.dirty) return;
      const now = wallClock(new Date(), zone);
      this.form.patchValue({ opensDate: now.day, opensTime: now.time });
    });
    // A language the chosen training does not offer is replaced by one it does.
    effect(() => {
      const languages = this.languages();
      const control = this.form.controls.language;
      if (languages.length && !languages.includes(control.value)) control.setValue(languages[0]);
    });
  }

  /** Opens the roster filtered by the session's language and days; the chosen become its trainers. */
  protected chooseTrainers(): void {
    const days = this.form.controls.meetings.controls
      .map((m) => isoDay(m.controls.date.value))
      .filter((d): d is string => !!d)
      .sort();
    const control = this.form.controls.trainerIds;
    pickTrainers(this.dialog, this.injector, {
      selected: control.value,
      language: this.form.controls.language.value,
      from: days[0] ?? '',
      to: days[days.length - 1] ?? '',
    }).subscribe((chosen) => {
      if (!chosen) return;
      control.setValue(chosen);
      control.markAsDirty();
    });
  }

  protected submit(): void {
    checkSessionForm(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const id = this.id();
    const request = sessionRequest(this.form);
    this.busy.set(true);
    this.error.set(null);
    (id ? this.service.update(id, request) : this.service.create(request))
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (saved) => {
          const key = id ? 'sessions.saved' : 'sessions.created';
          this.snackBar.open(this.translate.instant(key, { title: saved.title }), undefined, {
            duration: 5000,
          });
          void this.router.navigate(['/coordinate/sessions', saved.id]);
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details, sessionControlPath);
          this.error.set(body);
        },
      });
  }
}

/** The zone's offset from UTC today, as the reader's locale-free "GMT+3". */
function offsetName(zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    timeZoneName: 'shortOffset',
  }).formatToParts(new Date());
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}
