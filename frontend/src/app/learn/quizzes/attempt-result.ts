import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Answer, AttemptView, Language, QuestionReview, QuestionView } from '@atolye/shared';
import { localise } from '../../shared/localise';
import { LocalisedPipe } from '../../shared/localised';
import { NumberTextPipe } from '../../shared/number-format.pipes';
import { PluralPipe } from '../../shared/plural.pipe';

/** A graded attempt: score, pass or fail, and the review when the quiz's policy shows it. */
@Component({
  selector: 'app-attempt-result',
  imports: [PluralPipe, NumberTextPipe, MatButtonModule, MatIconModule, TranslatePipe, LocalisedPipe],
  templateUrl: './attempt-result.html',
  styleUrl: './attempt-result.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttemptResult {
  readonly attempt = input.required<AttemptView>();
  readonly language = input.required<Language>();
  readonly locale = input.required<string>();
  /** Whether a start is under way (disables "Try again"). */
  readonly busy = input(false);
  readonly tryAgain = output<void>();

  private readonly translate = inject(TranslateService);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly result = computed(() => this.attempt().result);
  protected readonly attemptsLeft = computed(() =>
    Math.max(0, this.attempt().maxAttempts - this.attempt().number),
  );
  /** Each question with its review, in the attempt's order. */
  protected readonly reviewed = computed(() => {
    const review = this.result()?.review;
    if (!review) return null;
    const byId = new Map(review.map((r) => [r.questionId, r]));
    return this.attempt()
      .questions.map((question) => ({ question, review: byId.get(question.id) }))
      .filter((item): item is { question: QuestionView; review: QuestionReview } => !!item.review);
  });

  constructor() {
    // The result replaces the questions: move focus to its heading so nobody is left nowhere.
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  /** What the trainee answered, in words. */
  protected given(question: QuestionView): string {
    return answerInWords(question, this.attempt().answers[question.id], this.language(), (value) =>
      this.translate.instant(value ? 'quiz.question.true' : 'quiz.question.false'),
    );
  }
}

/** An answer as text: the chosen options, true/false, the typed text or number, the pairs. */
export function answerInWords(
  question: QuestionView,
  answer: Answer | undefined,
  language: Language,
  truth: (value: boolean) => string,
): string {
  if (!answer) return '';
  const option = (id: string) => localise(question.options?.find((o) => o.id === id)?.text, language);
  if ('optionId' in answer) return option(answer.optionId);
  if ('optionIds' in answer) return answer.optionIds.map(option).join('; ');
  if ('value' in answer) return truth(answer.value);
  if ('text' in answer) return answer.text;
  if ('number' in answer) return String(answer.number);
  const right = (id: string) => localise(question.right?.find((r) => r.id === id)?.text, language);
  return (question.left ?? [])
    .filter((item) => answer.pairs[item.id])
    .map((item) => `${localise(item.text, language)} → ${right(answer.pairs[item.id])}`)
    .join('; ');
}
