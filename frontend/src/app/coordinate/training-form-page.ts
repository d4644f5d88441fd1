import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize, map, startWith } from 'rxjs';
import {
  CAPACITY_DOMAINS,
  LANGUAGES,
  type ApiErrorBody,
  type Language,
  type TrainingDetail,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ContentService } from '../shared/content.service';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { localise } from '../shared/localise';
import { ModulePicker } from './module-picker';
import { trainingControlPath } from './field-paths';
import { fillTrainingForm, trainingForm, trainingRequest } from './training-form';
import { TrainingPublishing } from './training-publishing';
import { TrainingsService } from './trainings.service';
import { LoadState } from '../shared/load-state';

/** Creates a training (`/new`) or edits one (`/:id`), with its status and revisions. */
@Component({
  selector: 'app-training-form-page',
  imports: [
    LoadState,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatSelectModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorBanner,
    ModulePicker,
    TrainingPublishing,
  ],
  templateUrl: './training-form-page.html',
  styleUrl: './training-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingFormPage {
  private readonly service = inject(TrainingsService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly languageService = inject(LanguageService);

  /** The training's id from the address; absent when creating one. */
  readonly id = input<string>();

  protected readonly languages = LANGUAGES;
  protected readonly capacityDomains = CAPACITY_DOMAINS;
  protected readonly form = trainingForm(inject(FormBuilder));
  private readonly loaded = rxResource({
    params: () => this.id() || undefined,
    stream: ({ params }) => this.service.get(params),
  });
  /** The training as last loaded or saved. */
  protected readonly training = linkedSignal<TrainingDetail | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  private readonly content = inject(ContentService);
  protected readonly modules = rxResource({ stream: () => this.content.modules() });
  protected readonly loading = computed(() => this.loaded.isLoading() || this.modules.isLoading());
  protected readonly loadError = computed(() => {
    const failure = this.loaded.error() ?? this.modules.error();
    return failure ? toApiError(failure) : null;
  });
  protected readonly chosenLanguages = toSignal(
    this.form.controls.languages.valueChanges.pipe(startWith(this.form.controls.languages.value)),
    { requireSync: true },
  );
  protected readonly dirty = toSignal(this.form.valueChanges.pipe(map(() => this.form.dirty)), {
    initialValue: false,
  });
  protected readonly archived = computed(() => this.training()?.status === 'archived');
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  constructor() {
    effect(() => {
      const training = this.training();
      if (training) fillTrainingForm(this.form, training);
    });
    // Which titles are needed depends on the languages chosen.
    this.form.controls.languages.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.titleEn.updateValueAndValidity();
      this.form.controls.titleTr.updateValueAndValidity();
    });
  }

  protected toggleLanguage(language: Language, checked: boolean): void {
    const control = this.form.controls.languages;
    const next = checked ? [...control.value, language] : control.value.filter((l) => l !== language);
    control.setValue(LANGUAGES.filter((l) => next.includes(l)));
    control.markAsDirty();
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const existing = this.training();
    const request = trainingRequest(this.form, existing);
    this.busy.set(true);
    this.error.set(null);
    (existing ? this.service.update(existing.id, request) : this.service.create(request))
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (saved) => {
          const title = localise(saved.title, this.languageService.current());
          const key = !existing
            ? 'trainings.created'
            : saved.revision > existing.revision
              ? 'trainings.savedRevision'
              : 'trainings.saved';
          this.snackBar.open(this.translate.instant(key, { title, revision: saved.revision }), undefined, {
            duration: 6000,
          });
          if (existing) this.training.set(saved);
          else void this.router.navigate(['/coordinate/trainings', saved.id], { replaceUrl: true });
        },
        error: (failure: unknown) => {
          const body = toApiError(failure);
          applyFieldErrors(this.form, body.details, trainingControlPath);
          this.error.set(body);
        },
      });
  }
}
