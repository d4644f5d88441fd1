import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, finalize, switchMap, timer } from 'rxjs';
import type { Answer, ApiErrorBody, AttemptView } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { confirmAction } from '../../shared/confirm-dialog';
import { ErrorBanner } from '../../shared/error-banner';
import { LocalisedPipe } from '../../shared/localised';
import { AnswerSaver } from './answer-saver';
import { AttemptResult } from './attempt-result';
import { AnswerChange, QuestionField } from './question-field';
import { QuizCountdown } from './quiz-countdown';
import { isAnswered } from './quiz-status';
import { QuizzesService } from './quizzes.service';
import { FORM_FIELD_PROVIDERS } from '../../shared/form-field-providers';
import { LoadState } from '../../shared/load-state';

/** Reloads after the deadline, until the server has closed and graded the attempt. */
const GRADING_RETRIES_MS = [1000, 3000, 6000];

/**
 * Taking one attempt: every question on one page (scrolls well on a phone), each answer saved as
 * it changes, a countdown to the server's deadline, and the result once submitted or timed out.
 * Reloading the page resumes the attempt with the saved answers.
 */
@Component({
  selector: 'app-attempt-page',
  providers: FORM_FIELD_PROVIDERS,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorBanner,
    LocalisedPipe,
    AttemptResult,
    QuestionField,
    QuizCountdown,
    LoadState,
  ],
  templateUrl: './attempt-page.html',
  styleUrl: './attempt-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttemptPage {
  private readonly service = inject(QuizzesService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService).current;
  protected readonly locale = inject(LanguageService).locale;

  readonly enrolmentId = input.required<string>();
  readonly attemptId = input.required<string>();

  private readonly loaded = rxResource({
    params: () => this.attemptId(),
    stream: ({ params }) => this.service.attempt(params),
  });
  protected readonly attempt = linkedSignal<AttemptView | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loadError = computed(() =>
    this.loaded.error() ? toApiError(this.loaded.error()) : null,
  );
  protected readonly answers = linkedSignal<Record<string, Answer>>(() => this.attempt()?.answers ?? {});
  protected readonly open = computed(() => {
    const attempt = this.attempt();
    return !!attempt && !attempt.submittedAt;
  });
  /** The questions to answer: descriptions are only read. */
  private readonly toAnswer = computed(() =>
    (this.attempt()?.questions ?? []).filter((q) => q.type !== 'description'),
  );
  /** "Question n of m" counts only the questions to answer. */
  protected readonly positions = computed(
    () => Object.fromEntries(this.toAnswer().map((q, i) => [q.id, i + 1])) as Record<string, number>,
  );
  protected readonly answeredCount = computed(() => {
    const answers = this.answers();
    return this.toAnswer().filter((q) => isAnswered(q, answers[q.id])).length;
  });
  protected readonly total = computed(() => this.toAnswer().length);
  protected readonly answeredPercent = computed(() =>
    this.total() ? Math.round((this.answeredCount() / this.total()) * 100) : 0,
  );

  protected readonly saver = new AnswerSaver((refusal) => this.refused(refusal));
  /** Answers that came back with a resumed attempt are saved too. */
  protected readonly saveState = computed(() => {
    const state = this.saver.state();
    return state === 'idle' && this.answeredCount() > 0 ? 'saved' : state;
  });
  protected readonly busy = signal(false);
  protected readonly timeUp = linkedSignal({ source: this.attemptId, computation: () => false });
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected change(change: AnswerChange): void {
    if (!this.open()) return;
    this.answers.update((answers) => {
      const { [change.questionId]: _previous, ...others } = answers;
      return change.answer === null ? others : { ...others, [change.questionId]: change.answer };
    });
    this.saver.save(this.attemptId(), change.questionId, change.answer, change.typed);
  }

  /** Asks first (answers cannot change afterwards), waits for pending saves, then submits. */
  protected submit(): void {
    confirmAction(this.dialog, {
      title: 'quiz.submit.title',
      message: this.answeredCount() < this.total() ? 'quiz.submit.unanswered' : 'quiz.submit.message',
      confirm: 'quiz.submit.confirm',
      params: { answered: this.answeredCount(), total: this.total() },
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          this.error.set(null);
          return this.saver.settled();
        }),
        switchMap(() => this.service.submit(this.attemptId())),
        finalize(() => this.busy.set(false)),
      )
      .subscribe({
        next: (attempt) => this.show(attempt),
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }

  /** The deadline passed: the server grades the saved answers; fetch the result. */
  protected expired(): void {
    this.timeUp.set(true);
    this.fetchGraded(0);
  }

  protected tryAgain(attempt: AttemptView): void {
    this.busy.set(true);
    this.error.set(null);
    this.service
      .start(this.enrolmentId(), attempt.quizId)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (next) =>
          void this.router.navigate(['/learn/enrolments', this.enrolmentId(), 'attempts', next.id]),
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }

  /** An autosave was refused (submitted elsewhere, or past the deadline): say so and reload. */
  private refused(refusal: ApiErrorBody): void {
    this.error.set(refusal);
    this.service.attempt(this.attemptId()).subscribe({
      next: (attempt) => this.attempt.set(attempt),
      error: (failure: unknown) => this.error.set(toApiError(failure)),
    });
  }

  private fetchGraded(retry: number): void {
    const wait = GRADING_RETRIES_MS[retry];
    if (wait === undefined) return;
    const subscription = timer(wait)
      .pipe(switchMap(() => this.service.attempt(this.attemptId())))
      .subscribe({
        next: (attempt) => (attempt.submittedAt ? this.show(attempt) : this.fetchGraded(retry + 1)),
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
    this.destroyRef.onDestroy(() => subscription.unsubscribe());
  }

  private show(attempt: AttemptView): void {
    this.attempt.set(attempt);
  }
}
