import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  finalize,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import type { ApiErrorBody, EnrolmentSummary, PersonSummary } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { ErrorBanner } from '../shared/error-banner';
import { SessionsService } from './sessions.service';

/** Enrols one person by hand: find them by name, email or organisation, then enrol. */
@Component({
  selector: 'app-enrol-person',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    ErrorBanner,
  ],
  templateUrl: './enrol-person.html',
  styleUrl: './enrol-person.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolPerson {
  private readonly service = inject(SessionsService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly sessionId = input.required<string>();
  readonly enrolled = output<EnrolmentSummary>();

  /** Text while typing; the person once one is picked. */
  protected readonly person = new FormControl<PersonSummary | string>('', { nonNullable: true });
  private readonly value = toSignal(this.person.valueChanges, { initialValue: this.person.value });
  protected readonly picked = computed(() => {
    const value = this.value();
    return typeof value === 'object' ? value : null;
  });
  protected readonly suggestions = toSignal(
    this.person.valueChanges.pipe(
      startWith(''),
      map((value) => (typeof value === 'string' ? value.trim() : null)),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((text) =>
        !text || text.length < 2
          ? of([])
          : // A failed search only means no suggestions this time.
            this.service.searchPeople(text).pipe(catchError(() => of([] as PersonSummary[]))),
      ),
    ),
    { initialValue: [] as PersonSummary[] },
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected display(value: PersonSummary | string | null): string {
    return typeof value === 'string' ? value : (value?.fullName ?? '');
  }

  protected enrol(): void {
    const person = this.picked();
    if (!person) return;
    this.busy.set(true);
    this.error.set(null);
    this.service
      .enrolPerson(this.sessionId(), person.id)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (enrolment) => {
          const key = enrolment.status === 'waitlisted' ? 'enrolPerson.waitlisted' : 'enrolPerson.enrolled';
          this.snackBar.open(
            this.translate.instant(key, { name: person.fullName, position: enrolment.waitlistPosition }),
            undefined,
            { duration: 5000 },
          );
          this.person.setValue('');
          this.enrolled.emit(enrolment);
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
