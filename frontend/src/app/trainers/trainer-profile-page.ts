import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import type { ApiErrorBody } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { TextChipsField } from '../organisations/text-chips-field';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { LanguageNamePipe, TRAINER_LANGUAGE_CHOICES, languageName } from './language-name.pipe';
import {
  fillTrainerProfileForm,
  periodGroup,
  profileControlPath,
  trainerProfileForm,
  trainerProfileRequest,
} from './trainer-profile-form';
import { TrainersService } from './trainers.service';
import { LoadState } from '../shared/load-state';

/**
 * A trainer's profile on the roster: a coordinator's view of any trainer (`/coordinate/trainers/:id`)
 * or the trainer's own (`/teach/profile`), with the figures read from their sessions.
 */
@Component({
  selector: 'app-trainer-profile-page',
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
    TranslatePipe,
    ErrorBanner,
    FieldErrorPipe,
    LanguageNamePipe,
    TextChipsField,
  ],
  templateUrl: './trainer-profile-page.html',
  styleUrl: './trainer-profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainerProfilePage {
  private readonly fb = inject(FormBuilder);
  private readonly service = inject(TrainersService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly locale = inject(LanguageService).locale;

  /** Another trainer's id; without it, the signed-in trainer's own profile. */
  readonly id = input<string>();

  protected readonly form = trainerProfileForm(this.fb);
  protected readonly entry = rxResource({
    params: () => ({ id: this.id() ?? null }),
    stream: ({ params }) => this.service.get(params.id),
  });
  protected readonly loadError = computed(() => {
    const failure = this.entry.error();
    return failure ? toApiError(failure) : null;
  });
  /** The usual languages and any other the profile already names, by name in the reader's language. */
  protected readonly languageChoices = computed(() => {
    const locale = this.locale();
    const current = this.entry.hasValue() ? this.entry.value().profile.languages : [];
    return [...new Set<string>([...TRAINER_LANGUAGE_CHOICES, ...current])].sort((a, b) =>
      languageName(a, locale).localeCompare(languageName(b, locale), locale),
    );
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  constructor() {
    effect(() => {
      if (this.entry.hasValue()) fillTrainerProfileForm(this.fb, this.form, this.entry.value().profile);
    });
  }

  protected addPeriod(): void {
    this.form.controls.availablePeriods.push(periodGroup(this.fb));
  }

  protected removePeriod(index: number): void {
    this.form.controls.availablePeriods.removeAt(index);
    this.form.markAsDirty();
  }

  protected rating(value: number): string {
    return value.toLocaleString(this.locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  protected submit(): void {
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.service
      .save(this.id() ?? null, trainerProfileRequest(this.form))
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (saved) => {
          this.entry.set(saved);
          this.snackBar.open(this.translate.instant('trainers.saved'), undefined, { duration: 5000 });
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details, profileControlPath);
          this.error.set(body);
        },
      });
  }
}
