import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import type { ApiErrorBody, QuizSummaryForTrainee } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { ErrorBanner } from '../../shared/error-banner';
import { LocalisedPipe } from '../../shared/localised';
import { attemptsLeft, quizState } from './quiz-status';
import { QuizzesService } from './quizzes.service';
import { NumberTextPipe } from '../../shared/number-format.pipes';
import { ZonedMomentPipe } from '../../shared/zoned-time.pipes';
import { PluralPipe } from '../../shared/plural.pipe';

/**
 * The quizzes of one module at one place in its reading path: the pre-test before the first
 * lesson, knowledge checks and the post-test after the last one. Each shows where the trainee
 * stands and starts or resumes an attempt.
 */
@Component({
  selector: 'app-module-quizzes',
  imports: [
    PluralPipe,
    NumberTextPipe,
    ZonedMomentPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    ErrorBanner,
    LocalisedPipe,
  ],
  templateUrl: './module-quizzes.html',
  styleUrl: './module-quizzes.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleQuizzes {
  private readonly service = inject(QuizzesService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService).current;
  protected readonly locale = inject(LanguageService).locale;

  readonly enrolmentId = input.required<string>();
  /** Every quiz of the enrolment; this component shows those of its module and place. */
  readonly quizzes = input.required<QuizSummaryForTrainee[]>();
  readonly moduleSlug = input.required<string>();
  /**
   * Before the lessons: pre-tests; after one lesson (`lessonId`): the knowledge check that follows
   * it; after them all: the other knowledge checks and post-tests.
   */
  readonly placement = input.required<'before' | 'lesson' | 'after'>();
  readonly lessonId = input<string | null>(null);
  /** Whether every lesson of the module is read (the post-test is suggested after that). */
  readonly lessonsDone = input(false);

  protected readonly state = quizState;
  protected readonly left = attemptsLeft;
  /** Past the session's deadline: no attempt starts (the API refuses it too). */
  protected closed(quiz: QuizSummaryForTrainee): boolean {
    return quiz.closesAt !== null && new Date(quiz.closesAt) <= new Date();
  }
  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected shown(quizzes: QuizSummaryForTrainee[]): QuizSummaryForTrainee[] {
    const placement = this.placement();
    return quizzes.filter((q) => {
      if (q.moduleSlug !== this.moduleSlug()) return false;
      if (placement === 'before') return q.kind === 'pre_test';
      if (placement === 'lesson') return q.afterLessonId !== null && q.afterLessonId === this.lessonId();
      return q.kind !== 'pre_test' && q.afterLessonId === null;
    });
  }

  protected start(quiz: QuizSummaryForTrainee): void {
    this.busy.set(quiz.id);
    this.error.set(null);
    this.service
      .start(this.enrolmentId(), quiz.id)
      .pipe(finalize(() => this.busy.set(null)))
      .subscribe({
        next: (attempt) =>
          void this.router.navigate(['/learn/enrolments', this.enrolmentId(), 'attempts', attempt.id]),
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
