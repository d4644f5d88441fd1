import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { AcceptedAnswer, Language, NumericalAnswer, QuestionDefinition } from '@atolye/shared';
import { LocalisedPipe } from '../../shared/localised';
import { weightValue } from './gift-wording';
import { NumberTextPipe } from '../../shared/number-format.pipes';
import { PluralPipe } from '../../shared/plural.pipe';

/**
 * Questions as trainees will see them, with what trainees never see before the review: the right
 * answers and weights marked (in words and by icon, not by colour alone) and every feedback.
 */
@Component({
  selector: 'app-quiz-preview',
  imports: [PluralPipe, NumberTextPipe, MatIconModule, TranslatePipe, LocalisedPipe],
  templateUrl: './quiz-preview.html',
  styleUrl: './quiz-preview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizPreview {
  readonly questions = input.required<QuestionDefinition[]>();
  readonly language = input.required<Language>();
  /** The locale numbers are written in (`en-GB`, `tr`). */
  readonly locale = input.required<string>();

  /** "Question n" counts only the questions to answer. */
  protected readonly numbers = computed(() => {
    let n = 0;
    return Object.fromEntries(
      this.questions().map((q) => [q.id, q.type === 'description' ? 0 : ++n]),
    ) as Record<string, number>;
  });

  protected weight(value: number): number {
    return weightValue(value);
  }

  /** The accepted short answers in each language, in order: the first that matches counts. */
  protected accepted(question: QuestionDefinition): { language: Language; answers: AcceptedAnswer[] }[] {
    if (question.type !== 'short_answer') return [];
    return (Object.entries(question.accept) as [Language, (string | AcceptedAnswer)[]][]).map(
      ([language, answers]) => ({
        language,
        answers: answers.map((a) => (typeof a === 'string' ? { text: a } : a)),
      }),
    );
  }

  protected numberKind(answer: NumericalAnswer): 'otherwise' | 'range' | 'value' {
    return 'otherwise' in answer ? 'otherwise' : 'min' in answer ? 'range' : 'value';
  }

  protected asRange(answer: NumericalAnswer): { min: number; max: number } {
    return answer as { min: number; max: number };
  }

  protected asValue(answer: NumericalAnswer): { value: number; tolerance: number } {
    return answer as { value: number; tolerance: number };
  }
}
