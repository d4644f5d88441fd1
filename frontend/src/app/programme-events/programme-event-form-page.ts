import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, finalize, of, startWith, switchMap } from 'rxjs';
import {
  GENDERS,
  PROGRAMME_EVENT_KINDS,
  type ApiErrorBody,
  type PersonSummary,
  type ProgrammeEventDetail,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { TextChipsField } from '../organisations/text-chips-field';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import {
  actionGroup,
  agendaGroup,
  costGroup,
  fillProgrammeEventForm,
  programmeEventForm,
  programmeEventRequest,
  speakerGroup,
} from './programme-event-form';
import { ProgrammeEventsService } from './programme-events.service';
import { RemovableRow } from './removable-row';
import { RowsCard } from './rows-card';
import { LoadState } from '../shared/load-state';

interface Participant {
  id: string;
  fullName: string;
  organisationName: string | null;
}

/** A study visit, workshop or conference: new (`/new`) or kept (`/:id`), with its participants' reports. */
@Component({
  selector: 'app-programme-event-form-page',
  imports: [
    LoadState,
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorBanner,
    FieldErrorPipe,
    TextChipsField,
    RowsCard,
    RemovableRow,
  ],
  templateUrl: './programme-event-form-page.html',
  styleUrl: './programme-event-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeEventFormPage {
  private readonly fb = inject(FormBuilder);
  private readonly service = inject(ProgrammeEventsService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly id = input<string>();

  protected readonly kinds = PROGRAMME_EVENT_KINDS;
  protected readonly genders = GENDERS;
  protected readonly form = programmeEventForm(this.fb);
  protected readonly existing = rxResource({
    params: () => this.id() || undefined,
    stream: ({ params }) => this.service.get(params),
  });
  protected readonly loadError = computed(() => {
    const failure = this.existing.error();
    return failure ? toApiError(failure) : null;
  });
  protected readonly kind = toSignal(
    this.form.controls.kind.valueChanges.pipe(startWith(this.form.controls.kind.value)),
    {
      requireSync: true,
    },
  );
  protected readonly participants = signal<Participant[]>([]);
  protected readonly personSearch = new FormControl('', { nonNullable: true });
  protected readonly suggestions = toSignal(
    this.personSearch.valueChanges.pipe(
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q) =>
        typeof q === 'string' && q.trim().length >= 2
          ? this.service.searchPeople(q.trim()).pipe(catchError(() => of([] as PersonSummary[])))
          : of([] as PersonSummary[]),
      ),
    ),
    { initialValue: [] as PersonSummary[] },
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  constructor() {
    effect(() => {
      if (!this.existing.hasValue()) return;
      const event = this.existing.value() as ProgrammeEventDetail;
      fillProgrammeEventForm(this.fb, this.form, event);
      this.participants.set(event.participants);
    });
  }

  protected addParticipant(event: MatAutocompleteSelectedEvent): void {
    const person = event.option.value as PersonSummary;
    if (!this.participants().some((p) => p.id === person.id)) {
      this.participants.update((list) => [
        ...list,
        { id: person.id, fullName: person.fullName, organisationName: person.organisation?.name ?? null },
      ]);
    }
    this.personSearch.setValue('');
  }

  protected removeParticipant(id: string): void {
    this.participants.update((list) => list.filter((p) => p.id !== id));
  }

  protected addAgendaItem(): void {
    this.form.controls.agenda.push(agendaGroup(this.fb, undefined));
  }

  protected addCost(): void {
    this.form.controls.costs.push(costGroup(this.fb));
  }

  protected addSpeaker(): void {
    this.form.controls.speakers.push(speakerGroup(this.fb));
  }

  protected addAction(): void {
    this.form.controls.followUpActions.push(actionGroup(this.fb));
  }

  protected remove(array: 'agenda' | 'costs' | 'speakers' | 'followUpActions', index: number): void {
    this.form.controls[array].removeAt(index);
    this.form.markAsDirty();
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const id = this.id() ?? null;
    this.busy.set(true);
    this.error.set(null);
    this.service
      .save(
        id,
        programmeEventRequest(
          this.form,
          this.participants().map((p) => p.id),
        ),
      )
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (saved) => {
          this.snackBar.open(
            this.translate.instant('programmeEvents.saved', { title: saved.title }),
            undefined,
            {
              duration: 5000,
            },
          );
          if (id) this.existing.set(saved);
          else void this.router.navigate(['/coordinate/events', saved.id]);
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details, (field) => field);
          this.error.set(body);
        },
      });
  }
}
