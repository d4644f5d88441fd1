import type { QuestionDefinition, QuizDefinition } from '@atolye/shared';
import { QuizParser } from '../quiz-parser';
import { GIFT_CASES } from './gift-cases';
import { giftToQuestions } from './gift-to-quiz';
import { quizToGift } from './quiz-to-gift';
import { quizToYaml } from './quiz-yaml';

function quizOf(questions: QuestionDefinition[]): QuizDefinition {
  return {
    slug: 'post-test',
    kind: 'post_test',
    title: { en: 'Post-test' },
    passMarkPercent: 70,
    timeLimitMinutes: null,
    maxAttempts: 2,
    shuffleQuestions: true,
    shuffleOptions: true,
    reviewPolicy: 'after_last_attempt',
    pairedWith: null,
    afterLesson: null,
    questions,
  };
}

/** The questions a quiz file holds, read back as content:check reads it. */
function readYaml(yaml: string): QuestionDefinition[] {
  const { quiz, problems } = new QuizParser('post-test.yaml', yaml, ['en']).parse('post-test');
  expect(problems).toEqual([]);
  return quiz?.questions ?? [];
}

const valid = GIFT_CASES.filter(
  (c) => !c.problems && c.questions?.some((q) => !('type' in q) || q.type !== 'description') !== false,
);

describe('GIFT → YAML → GIFT → YAML loses nothing', () => {
  it.each(valid.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const first = giftToQuestions([{ language: 'en', text: c.gift }]);
    expect(first.problems).toEqual([]);
    // A quiz needs a question to answer; a case of descriptions only gets one.
    const questions = first.questions.some((q) => q.type !== 'description')
      ? first.questions
      : [...first.questions, ...giftToQuestions([{ language: 'en', text: '::tail::Tail {T}' }]).questions];
    const yaml = quizToYaml(quizOf(questions));
    const fromYaml = readYaml(yaml);
    expect(fromYaml).toEqual(questions);

    const gift = quizToGift(quizOf(fromYaml), 'en');
    const again = giftToQuestions([{ language: 'en', text: gift }]);
    expect(again.problems).toEqual([]);
    expect(again.questions).toEqual(questions);
    expect(quizToYaml(quizOf(again.questions))).toBe(yaml);
  });

  it('covers most of the case table', () => {
    expect(valid.length).toBeGreaterThanOrEqual(50);
  });
});
