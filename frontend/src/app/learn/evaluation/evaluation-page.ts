import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import {
  DEFAULT_TIME_ZONE,
  EVALUATION_CRITERIA,
  type ApiErrorBody,
  type EvaluationCriterion,
  type MyEvaluationState,
} from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { ZonedMomentPipe } from '../../shared/zoned-time.pipes';
import { ErrorBanner } from '../../shared/error-banner';
import { LocalisedPipe } from '../../shared/localised';
import { LearningService } from '../learning.service';
import { EvaluationService } from './evaluation.service';
import { FORM_FIELD_PROVIDERS } from '../../shared/form-field-providers';
import { LoadState } from '../../shared/load-state';

type RatingControls = Record<EvaluationCriterion, FormControl<number | null>>;

/** The trainee's feedback on a finished session: four ratings, comments, and whether to sign it. */
@Component({
  selector: 'app-evaluation-page',
  providers: FORM_FIELD_PROVIDERS,
  imports: [
    ZonedMomentPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    LoadState,
    MatRadioModule,
    TranslatePipe,
    ErrorBanner,
    LocalisedPipe,
  ],
  templateUrl: './evaluation-page.html',
  styleUrl: './evaluation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationPage {
  private readonly service = inject(EvaluationService);
  private readonly learning = inject(LearningService);
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;

  readonly enrolmentId = input.required<string>();

  protected readonly criteria = EVALUATION_CRITERIA;
  protected readonly scale = [1, 2, 3, 4, 5];
  protected readonly path = rxResource({
    params: () => this.enrolmentId(),
    stream: ({ params }) => this.learning.learning(params),
  });
  private readonly loaded = rxResource({
    params: () => this.enrolmentId(),
    stream: ({ params }) => this.service.state(params),
  });
  protected readonly state = linkedSignal<MyEvaluationState | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loadError = computed(() => {
    const failure = this.loaded.error() ?? this.path.error();
    return failure ? toApiError(failure) : null;
  });

  protected readonly ratings = new FormGroup(
    Object.fromEntries(
      EVALUATION_CRITERIA.map((c) => [c, new FormControl<number | null>(null, Validators.required)]),
    ) as RatingControls,
  );
  protected readonly form = new FormGroup({
    ratings: this.ratings,
    comments: new FormControl('', { nonNullable: true, validators: Validators.maxLength(4000) }),
    anonymous: new FormControl(false, { nonNullable: true }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { ratings, comments, anonymous } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.service
      .submit(this.enrolmentId(), {
        ratings: ratings as Record<EvaluationCriterion, number>,
        comments: comments.trim() || null,
        anonymous,
      })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (state) => this.state.set(state),
        error: (failure: unknown) => {
          const body = toApiError(failure);
          // Already evaluated (e.g. in another tab): show the thank-you rather than an error.
          if (body.statusCode === 409)
            this.state.set({ state: 'submitted', availableFrom: null, timeZone: DEFAULT_TIME_ZONE });
          else this.error.set(body);
        },
      });
  }
}
