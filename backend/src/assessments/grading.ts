import type { Answer, LocalisedText, QuestionDefinition, QuestionReview } from '@atolye/shared';

/** How an attempt's options and matching items were ordered for the trainee. */
export interface AttemptLayout {
  questionIds: string[];
  /** Choice questions: option ids in display order; matching: right-item ids in display order. */
  order: Record<string, string[]>;
}

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('tr');

/** Whether an answer has the shape its question type takes (checked before it is saved). */
export function answerFits(question: QuestionDefinition, answer: Answer): boolean {
  switch (question.type) {
    case 'single_choice':
      return 'optionId' in answer && question.options.some((o) => o.id === answer.optionId);
    case 'multiple_choice':
      return (
        'optionIds' in answer &&
        Array.isArray(answer.optionIds) &&
        answer.optionIds.every((id) => question.options.some((o) => o.id === id))
      );
    case 'true_false':
      return 'value' in answer && typeof answer.value === 'boolean';
    case 'short_answer':
      return 'text' in answer && typeof answer.text === 'string' && answer.text.length <= 500;
    case 'numerical':
      return 'number' in answer && typeof answer.number === 'number' && Number.isFinite(answer.number);
    case 'matching':
      return (
        'pairs' in answer &&
        typeof answer.pairs === 'object' &&
        answer.pairs !== null &&
        Object.entries(answer.pairs).every(
          ([left, right]) =>
            /^l\d+$/.test(left) &&
            /^r\d+$/.test(String(right)) &&
            Number(left.slice(1)) <= question.pairs.length,
        )
      );
  }
}

/** Points for one answer, with partial credit where the type defines it. */
export function award(question: QuestionDefinition, answer: Answer | undefined): number {
  if (!answer || !answerFits(question, answer)) return 0;
  switch (question.type) {
    case 'single_choice':
      return question.options.find((o) => o.id === (answer as { optionId: string }).optionId)?.correct
        ? question.points
        : 0;
    case 'multiple_choice': {
      const chosen = new Set((answer as { optionIds: string[] }).optionIds);
      const percent = question.options.filter((o) => chosen.has(o.id)).reduce((sum, o) => sum + o.weight, 0);
      return (question.points * Math.min(100, Math.max(0, percent))) / 100;
    }
    case 'true_false':
      return (answer as { value: boolean }).value === question.answer ? question.points : 0;
    case 'short_answer': {
      const given = fold((answer as { text: string }).text);
      return Object.values(question.accept).some((list) => list?.some((a) => fold(a) === given))
        ? question.points
        : 0;
    }
    case 'numerical': {
      const n = (answer as { number: number }).number;
      return question.answers.some((a) =>
        'min' in a ? n >= a.min && n <= a.max : Math.abs(n - a.value) <= a.tolerance,
      )
        ? question.points
        : 0;
    }
    case 'matching': {
      // Left item i matches right item i; the trainee's pairs are keyed l1.. → r1...
      const pairs = (answer as { pairs: Record<string, string> }).pairs;
      const right = question.pairs.filter((_, i) => pairs[`l${i + 1}`] === `r${i + 1}`).length;
      return (question.points * right) / question.pairs.length;
    }
  }
}

function correctAnswer(question: QuestionDefinition): LocalisedText {
  const join = (texts: LocalisedText[], separator: string): LocalisedText => ({
    en: texts.map((t) => t.en ?? '').join(separator),
    tr: texts.map((t) => t.tr ?? '').join(separator),
  });
  switch (question.type) {
    case 'single_choice':
      return question.options.find((o) => o.correct)?.text ?? {};
    case 'multiple_choice':
      return join(
        question.options.filter((o) => o.weight > 0).map((o) => o.text),
        '; ',
      );
    case 'true_false':
      return question.answer ? { en: 'True', tr: 'Doğru' } : { en: 'False', tr: 'Yanlış' };
    case 'short_answer':
      return { en: question.accept.en?.[0] ?? '', tr: question.accept.tr?.[0] ?? '' };
    case 'numerical': {
      const a = question.answers[0];
      const text =
        'min' in a ? `${a.min}–${a.max}` : a.tolerance ? `${a.value} ± ${a.tolerance}` : String(a.value);
      return { en: text, tr: text };
    }
    case 'matching':
      return join(
        question.pairs.map((p) => ({
          en: `${p.left.en} → ${p.right.en}`,
          tr: `${p.left.tr} → ${p.right.tr}`,
        })),
        '; ',
      );
  }
}

function feedbackFor(question: QuestionDefinition, answer: Answer | undefined): LocalisedText | null {
  if (question.type === 'single_choice' && answer && 'optionId' in answer) {
    return (
      question.options.find((o) => o.id === answer.optionId)?.feedback ?? question.generalFeedback ?? null
    );
  }
  if (question.type === 'true_false' && answer && 'value' in answer) {
    return (
      (answer.value ? question.feedbackTrue : question.feedbackFalse) ?? question.generalFeedback ?? null
    );
  }
  return question.generalFeedback ?? null;
}

export interface Grade {
  score: number;
  maxScore: number;
  percent: number;
  perQuestion: Record<string, { awarded: number; points: number }>;
}

export function grade(questions: QuestionDefinition[], answers: Record<string, Answer>): Grade {
  const perQuestion: Grade['perQuestion'] = {};
  for (const question of questions)
    perQuestion[question.id] = { awarded: award(question, answers[question.id]), points: question.points };
  const score = Object.values(perQuestion).reduce((sum, q) => sum + q.awarded, 0);
  const maxScore = questions.reduce((sum, q) => sum + q.points, 0);
  return {
    score: Math.round(score * 100) / 100,
    maxScore,
    percent: maxScore === 0 ? 0 : Math.round((10000 * score) / maxScore) / 100,
    perQuestion,
  };
}

export function review(
  questions: QuestionDefinition[],
  answers: Record<string, Answer>,
  graded: Grade['perQuestion'],
): QuestionReview[] {
  return questions.map((q) => ({
    questionId: q.id,
    awarded: graded[q.id]?.awarded ?? 0,
    points: q.points,
    correct: (graded[q.id]?.awarded ?? 0) === q.points,
    correctAnswer: correctAnswer(q),
    feedback: feedbackFor(q, answers[q.id]),
  }));
}
