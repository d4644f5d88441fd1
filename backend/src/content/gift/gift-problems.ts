import type { GiftProblem, GiftProblemCode, Language } from '@atolye/shared';
import { MOODLE_GRADES } from '@atolye/shared';

type Params = Record<string, string | number>;

const GRADES = MOODLE_GRADES.filter((g) => g > 0).join(', ');

/** Each problem in plain English; the portal has the same sentences in English and Turkish. */
const MESSAGES: Record<GiftProblemCode, (p: Params) => string> = {
  noQuestions: () => 'the file holds no questions (questions are separated by a blank line)',
  braces: () => 'the answers must be written between { and }, and one of the two is missing',
  secondAnswerBlock: () =>
    'a second {…} follows the answers: is the blank line missing between this question and the next?',
  essay: () =>
    'essay questions are not taken: quizzes here are graded automatically (use short answer, or leave the question out)',
  emptyText: () => 'the question has no text',
  tooFewOptions: () => 'a multiple choice question needs at least two options',
  emptyOption: () => 'an option has no text',
  allOptionsRight: () => 'every option is marked right (=); mark the wrong ones with ~',
  weightNotOnList: (p) =>
    `the weight ${p['weight']} % is not one of the grades Moodle accepts (${GRADES}, their negatives or 0)`,
  weightNotANumber: (p) => `"${p['weight']}" is not a weight; write it as %50% or %-33.33333%`,
  weightsDontAddUp: (p) =>
    `the positive weights of a multiple-answer question must add up to 100 %; they add up to ${p['total']} %`,
  noFullCredit: () => 'no answer earns all the points: mark one with = (or %100%)',
  matchingFormat: () => 'every answer of a matching question needs "->" between the item and its match',
  tooFewPairs: () => 'a matching question needs at least two pairs (item -> match)',
  noNumericalAnswer: () => 'the numerical question has no answer after {#',
  notANumber: (p) => `"${p['value']}" is not a number (write decimals with a point, as in 1.5)`,
  rangeReversed: (p) => `in the range ${p['value']} the first number must not be above the second`,
  catchAllNotLast: () => 'the answer * (any other answer) must come last: answers after it are never reached',
  emptyAnswer: () => 'an answer has no text',
  questionCount: (p) =>
    `the ${p['language']} file has ${p['count']} questions but the ${p['other']} file has ${p['otherCount']}`,
  typeMismatch: (p) =>
    `question ${p['n']} is ${p['type']} in ${p['language']} but ${p['otherType']} in ${p['other']}`,
  answerCount: (p) =>
    `question ${p['n']} has ${p['count']} answers in ${p['language']} but ${p['otherCount']} in ${p['other']}`,
  keyMismatch: (p) =>
    `question ${p['n']} gives different right answers, weights or numbers in ${p['language']} than in ${p['other']}`,
  feedbackMissing: (p) =>
    `question ${p['n']} lacks in ${p['language']} a feedback that the other file gives; give it in every language or in none`,
};

export function giftProblem(
  language: Language,
  line: number,
  code: GiftProblemCode,
  params: Params = {},
): GiftProblem {
  return { language, line, code, params, message: MESSAGES[code](params) };
}

/** Thrown when converting takes longer than it may: the request fails rather than the API hanging. */
export class GiftTimeLimitError extends Error {
  constructor() {
    super('converting took longer than it may');
  }
}

/**
 * Counts units of work (lines, answers, options) and, every few hundred, checks the time: past
 * the deadline (a `performance.now()` time) it throws a GiftTimeLimitError, so even one question
 * of a hundred thousand options cannot hold the API past its limit.
 */
export class WorkClock {
  private count = 0;

  constructor(private readonly deadline = Infinity) {}

  tick(): void {
    if (++this.count % 256 === 0 && performance.now() > this.deadline) throw new GiftTimeLimitError();
  }
}
