import type { QuestionDefinition } from '@atolye/shared';
import { newLayout, toAttemptView, toQuizSummary } from './attempt-view';
import type { AttemptRecord } from './quiz-attempts.repository';
import type { QuizEntity } from '../content/quiz.entity';

const t = (en: string) => ({ en });
const questions: QuestionDefinition[] = [
  { id: 'intro', type: 'description', points: 0, text: t('Read the case.') },
  { id: 'q1', type: 'true_false', points: 1, text: t('True?'), answer: true },
  {
    id: 'q2',
    type: 'matching',
    points: 2,
    text: t('Match'),
    pairs: [
      { left: t('Refugee'), right: t('European events') },
      { left: t('Conditional refugee'), right: t('Non-European events') },
      { left: t('Subsidiary protection'), right: t('Serious harm') },
    ],
    distractors: [t('Economic reasons')],
  },
  { id: 'middle', type: 'description', points: 0, text: t('Now a second case.') },
  { id: 'q3', type: 'short_answer', points: 1, text: t('Law?'), accept: { en: ['6698'] } },
  { id: 'q4', type: 'numerical', points: 1, text: t('Year?'), answers: [{ value: 2013, tolerance: 0 }] },
];
const quiz = {
  id: 'quiz',
  title: t('Post-test'),
  kind: 'post_test',
  maxAttempts: 2,
  reviewPolicy: 'after_each_attempt',
  shuffleQuestions: true,
  shuffleOptions: true,
  questions,
} as unknown as QuizEntity;

describe('attempt layout and view', () => {
  it('keeps descriptions in their place and shuffles the questions around them', () => {
    const orders = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const { questionIds } = newLayout(quiz);
      expect(questionIds[0]).toBe('intro');
      expect(questionIds[3]).toBe('middle');
      expect([...questionIds].sort()).toEqual(['intro', 'middle', 'q1', 'q2', 'q3', 'q4']);
      orders.add(questionIds.join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("gives matching answers ids drawn for the attempt, which say nothing of the pairs' order", () => {
    const layouts = Array.from({ length: 20 }, () => newLayout(quiz));
    for (const layout of layouts) {
      const ids = layout.order['q2'];
      expect(ids).toHaveLength(4);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{10}$/);
      expect(Object.keys(layout.matches?.['q2'] ?? {}).sort()).toEqual([...ids].sort());
    }
    // Two attempts never share the ids, so nothing learnt from one helps in the next.
    expect(new Set(layouts.flatMap((l) => l.order['q2'])).size).toBe(80);
  });

  it('shows the trainee texts and the right-hand items (distractors among them), never the key', () => {
    const layout = newLayout(quiz);
    const attempt = {
      id: 'a',
      number: 1,
      layout,
      answers: {},
      startedAt: new Date(),
      deadlineAt: null,
      submittedAt: null,
      graded: null,
    } as unknown as AttemptRecord;
    const view = toAttemptView(quiz, attempt);
    const matching = view.questions.find((q) => q.id === 'q2');
    expect(matching?.left?.map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
    expect(matching?.right?.map((r) => r.text.en).sort()).toEqual([
      'Economic reasons',
      'European events',
      'Non-European events',
      'Serious harm',
    ]);
    expect(view.questions.find((q) => q.id === 'intro')).toEqual({
      id: 'intro',
      type: 'description',
      points: 0,
      text: t('Read the case.'),
    });
    const text = JSON.stringify(view.questions);
    for (const secret of ['"answer"', '"accept"', '"pairs"', '"distractors"', '"tolerance"', '6698', '2013'])
      expect(text).not.toContain(secret);
  });

  it('counts only the questions to answer', () => {
    expect(
      toQuizSummary(quiz, { slug: 'm', title: t('M') }, [], { afterLessonId: null, postTestSubmitted: false })
        .questionCount,
    ).toBe(4);
  });
});
