import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { LocalisedPipe } from '../../shared/localised';
import { GainChart } from './gain-chart';
import { byDifficulty, knowledgeGain } from './knowledge-gain';
import { QuizResultsService } from './quiz-results.service';
import { TraineeResultsTable } from './trainee-results-table';
import { LoadState } from '../../shared/load-state';

/** How many of the weakest questions show before "Show all". */
const WEAKEST_SHOWN = 10;

/**
 * A session's quiz results for its trainer or coordinator: each trainee's scores, the knowledge
 * gained from pre-test to post-test, and which questions the cohort found hardest.
 */
@Component({
  selector: 'app-session-results-page',
  imports: [
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    LoadState,
    LocalisedPipe,
    GainChart,
    TraineeResultsTable,
  ],
  templateUrl: './session-results-page.html',
  styleUrl: './session-results-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionResultsPage {
  private readonly service = inject(QuizResultsService);
  protected readonly language = inject(LanguageService).current;
  protected readonly locale = inject(LanguageService).locale;

  readonly id = input.required<string>();

  /**
   * The session page this one hangs under, whichever area it was opened from (a trainer's
   * /teach/sessions/:id or a coordinator's /coordinate/sessions/:id): this address minus "results".
   */
  protected readonly sessionPage =
    '/' +
    inject(ActivatedRoute)
      .snapshot.pathFromRoot.flatMap((route) => route.url.map((segment) => segment.path))
      .slice(0, -1)
      .join('/');

  protected readonly session = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.session(params),
  });
  protected readonly results = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.results(params),
  });
  protected readonly error = computed(() => {
    const failure = this.session.error() ?? this.results.error();
    return failure ? toApiError(failure) : null;
  });
  protected readonly gain = computed(() =>
    this.results.hasValue() ? knowledgeGain(this.results.value()) : [],
  );
  protected readonly difficulty = computed(() =>
    this.results.hasValue() ? byDifficulty(this.results.value()) : [],
  );
  protected readonly showAll = signal(false);
  protected readonly shownDifficulty = computed(() =>
    this.showAll() ? this.difficulty() : this.difficulty().slice(0, WEAKEST_SHOWN),
  );
  protected readonly quizTitles = computed(() => {
    const quizzes = this.results.hasValue() ? this.results.value().quizzes : [];
    return new Map(quizzes.map((q) => [q.id, q.title]));
  });
  protected readonly anyAttempt = computed(
    () =>
      this.results.hasValue() &&
      this.results.value().trainees.some((t) => Object.values(t.quizzes).some((q) => q.attempts > 0)),
  );

  protected csv(): string {
    return this.service.exportUrl(this.id(), 'csv');
  }

  protected xlsx(): string {
    return this.service.exportUrl(this.id(), 'xlsx');
  }
}
