import {
  LANGUAGES,
  type AcceptedAnswer,
  type Answer,
  type Language,
  type LocalisedText,
  type NumericalAnswer,
  type QuestionDefinition,
  type QuestionReview,
} from '@atolye/shared';

/** How an attempt's options and matching items were ordered for the trainee. */
export interface AttemptLayout {
  questionIds: string[];
  /** Choice questions: option ids in display order; matching: right-item ids in display order. */
  order: Record<string, string[]>;
  /**
   * Matching: this attempt's random id of each right-hand item → its place among the question's
   * right items (the pairs' in order, then the distractors). Attempts started before the ids were
   * drawn at random have none: their ids are r1, r2, … in the pairs' order.
   */
  matches?: Record<string, Record<string, number>>;
}

type Of<T extends QuestionDefinition['type']> = Extract<QuestionDefinition, { type: T }>;

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('tr');

/** Matching ids as the trainee sends them back: l1… for items, this attempt's ids for answers. */
const LEFT_ID = /^l\d+$/;
const RIGHT_ID = /^[a-z0-9]{1,16}$/;

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
            LEFT_ID.test(left) &&
            RIGHT_ID.test(String(right)) &&
            Number(left.slice(1)) <= question.pairs.length,
        )
      );
    case 'description':
      return false;
  }
}

/** A share of the points for a weight in % (never below nothing nor above all). */
function share(points: number, weight: number): number {
  return Math.round(points * Math.min(100, Math.max(0, weight)) * 100) / 10_000;
}

/** A short answer written as text, or with a weight and feedback. */
export function acceptedAnswer(entry: string | AcceptedAnswer): AcceptedAnswer {
  return typeof entry === 'string' ? { text: entry } : entry;
}

/** Moodle's short-answer wildcard: `*` stands for any text, `\*` for a star. */
export function wildcardMatch(pattern: string, text: string): boolean {
  const pieces = [''];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\' && pattern[i + 1] === '*') pieces[pieces.length - 1] += pattern[++i];
    else if (pattern[i] === '*') pieces.push('');
    else pieces[pieces.length - 1] += pattern[i];
  }
  if (pieces.length === 1) return pieces[0] === text;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last))
    return false;
  let from = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const at = text.indexOf(piece, from);
    if (at < 0 || at + piece.length > end) return false;
    from = at + piece.length;
  }
  return true;
}

/**
 * The accepted answer a text matches: in each language the first that matches counts (as in
 * Moodle); across languages the one worth most.
 */
export function matchShortAnswer(
  question: Of<'short_answer'>,
  given: string,
): { answer: AcceptedAnswer; language: Language } | null {
  const text = fold(given);
  let best: { answer: AcceptedAnswer; language: Language } | null = null;
  for (const [language, list] of Object.entries(question.accept) as [
    Language,
    (string | AcceptedAnswer)[],
  ][]) {
    const found = (list ?? []).map(acceptedAnswer).find((a) => wildcardMatch(fold(a.text), text));
    if (found && (!best || (found.weight ?? 100) > (best.answer.weight ?? 100)))
      best = { answer: found, language };
  }
  return best;
}

/** The first numerical answer a number falls within, in the question's order (as in Moodle). */
export function matchNumber(question: Of<'numerical'>, n: number): NumericalAnswer | null {
  return (
    question.answers.find((a) => {
      if ('otherwise' in a) return true;
      if ('min' in a) return n >= a.min && n <= a.max;
      // Numbers typed in decimal are not exact in binary: allow for the rounding.
      return Math.abs(n - a.value) <= a.tolerance + 1e-9 * Math.max(1, Math.abs(a.value));
    }) ?? null
  );
}

const weightOf = (answer: NumericalAnswer) => answer.weight ?? ('otherwise' in answer ? 0 : 100);

/** Which right-hand item (by place) a trainee's id stands for in this attempt. */
function matchedPlace(question: Of<'matching'>, layout: AttemptLayout, id: string): number | null {
  const drawn = layout.matches?.[question.id];
  if (drawn) return drawn[id] ?? null;
  return /^r\d+$/.test(id) ? Number(id.slice(1)) - 1 : null;
}

/** Points for one answer, with partial credit where the question gives it. */
export function award(
  question: QuestionDefinition,
  answer: Answer | undefined,
  layout: AttemptLayout,
): number {
  if (!answer || !answerFits(question, answer)) return 0;
  switch (question.type) {
    case 'single_choice': {
      const option = question.options.find((o) => o.id === (answer as { optionId: string }).optionId);
      return option?.correct ? question.points : share(question.points, option?.weight ?? 0);
    }
    case 'multiple_choice': {
      const chosen = new Set((answer as { optionIds: string[] }).optionIds);
      const percent = question.options.filter((o) => chosen.has(o.id)).reduce((sum, o) => sum + o.weight, 0);
      return share(question.points, percent);
    }
    case 'true_false':
      return (answer as { value: boolean }).value === question.answer ? question.points : 0;
    case 'short_answer': {
      const matched = matchShortAnswer(question, (answer as { text: string }).text);
      return matched ? share(question.points, matched.answer.weight ?? 100) : 0;
    }
    case 'numerical': {
      const matched = matchNumber(question, (answer as { number: number }).number);
      return matched ? share(question.points, weightOf(matched)) : 0;
    }
    case 'matching': {
      const pairs = (answer as { pairs: Record<string, string> }).pairs;
      const right = question.pairs.filter((_, i) => {
        const id = pairs[`l${i + 1}`];
        return id !== undefined && matchedPlace(question, layout, id) === i;
      }).length;
      return Math.round((10_000 * question.points * right) / question.pairs.length) / 10_000;
    }
    case 'description':
      return 0;
  }
}

/** Texts joined per language, in the languages they are written in. */
function join(texts: LocalisedText[], separator: string): LocalisedText {
  const joined: LocalisedText = {};
  for (const language of LANGUAGES) {
    const parts = texts.map((t) => t[language]).filter((t): t is string => !!t);
    if (parts.length) joined[language] = parts.join(separator);
  }
  return joined;
}

function numberInWords(answer: NumericalAnswer): string {
  if ('otherwise' in answer) return '';
  if ('min' in answer) return `${answer.min}–${answer.max}`;
  return answer.tolerance ? `${answer.value} ± ${answer.tolerance}` : String(answer.value);
}

function correctAnswer(question: QuestionDefinition): LocalisedText {
  switch (question.type) {
    case 'single_choice':
      return join(
        question.options.filter((o) => o.correct).map((o) => o.text),
        '; ',
      );
    case 'multiple_choice':
      return join(
        question.options.filter((o) => o.weight > 0).map((o) => o.text),
        '; ',
      );
    case 'true_false':
      return question.answer ? { en: 'True', tr: 'Doğru' } : { en: 'False', tr: 'Yanlış' };
    case 'short_answer': {
      const full = (language: Language) =>
        (question.accept[language] ?? []).map(acceptedAnswer).find((a) => (a.weight ?? 100) === 100)?.text ??
        '';
      return Object.fromEntries(LANGUAGES.filter((l) => full(l)).map((l) => [l, full(l)]));
    }
    case 'numerical': {
      const full = question.answers.find((a) => !('otherwise' in a) && weightOf(a) === 100);
      const text = full ? numberInWords(full) : '';
      return { en: text, tr: text };
    }
    case 'matching':
      return join(
        question.pairs.map((p) =>
          Object.fromEntries(
            LANGUAGES.filter((l) => p.left[l] && p.right[l]).map((l) => [l, `${p.left[l]} → ${p.right[l]}`]),
          ),
        ),
        '; ',
      );
    case 'description':
      return {};
  }
}

/** Feedback on the answer given: the chosen options', the matched answer's, true/false's. */
function feedbackFor(question: QuestionDefinition, answer: Answer | undefined): LocalisedText | null {
  if (!answer || !answerFits(question, answer)) return null;
  switch (question.type) {
    case 'single_choice':
      return (
        question.options.find((o) => o.id === (answer as { optionId: string }).optionId)?.feedback ?? null
      );
    case 'multiple_choice': {
      const chosen = new Set((answer as { optionIds: string[] }).optionIds);
      const notes = question.options
        .filter((o) => chosen.has(o.id) && o.feedback)
        .map((o) => o.feedback as LocalisedText);
      return notes.length ? join(notes, '\n') : null;
    }
    case 'true_false':
      return ((answer as { value: boolean }).value ? question.feedbackTrue : question.feedbackFalse) ?? null;
    case 'short_answer': {
      const matched = matchShortAnswer(question, (answer as { text: string }).text);
      return matched?.answer.feedback ? { [matched.language]: matched.answer.feedback } : null;
    }
    case 'numerical':
      return matchNumber(question, (answer as { number: number }).number)?.feedback ?? null;
    default:
      return null;
  }
}

export interface Grade {
  score: number;
  maxScore: number;
  percent: number;
  /** Every question to answer (descriptions have no entry). */
  perQuestion: Record<string, { awarded: number; points: number }>;
}

export function grade(
  questions: QuestionDefinition[],
  answers: Record<string, Answer>,
  layout: AttemptLayout,
): Grade {
  const perQuestion: Grade['perQuestion'] = {};
  for (const question of questions.filter((q) => q.type !== 'description'))
    perQuestion[question.id] = {
      awarded: award(question, answers[question.id], layout),
      points: question.points,
    };
  const score = Object.values(perQuestion).reduce((sum, q) => sum + q.awarded, 0);
  const maxScore = questions.reduce((sum, q) => sum + q.points, 0);
  return {
    score: Math.round(score * 100) / 100,
    maxScore,
    percent: maxScore === 0 ? 0 : Math.round((10000 * score) / maxScore) / 100,
    perQuestion,
  };
}

/** The review of each question to answer: points, the right answer, feedback on the answer and on the question. */
export function review(
  questions: QuestionDefinition[],
  answers: Record<string, Answer>,
  graded: Grade['perQuestion'],
): QuestionReview[] {
  return questions
    .filter((q) => q.type !== 'description')
    .map((q) => ({
      questionId: q.id,
      awarded: graded[q.id]?.awarded ?? 0,
      points: q.points,
      correct: (graded[q.id]?.awarded ?? 0) === q.points,
      correctAnswer: correctAnswer(q),
      feedback: feedbackFor(q, answers[q.id]),
      generalFeedback: q.generalFeedback ?? null,
    }));
}
