import type { QuestionDefinition, QuizKind } from './assessments.contracts';
import type { Language } from './languages';

/** Largest GIFT file the portal converts (a 2,000-question file is about 400 KB). */
export const GIFT_MAX_FILE_BYTES = 512 * 1024;

/**
 * Why a GIFT file cannot become a quiz, as stable codes: the portal says each in the reader's
 * language (`gift.problem.<code>`), the command line in English.
 */
export const GIFT_PROBLEM_CODES = [
  'noQuestions',
  'braces',
  'secondAnswerBlock',
  'essay',
  'emptyText',
  'tooFewOptions',
  'emptyOption',
  'allOptionsRight',
  'weightNotOnList',
  'weightNotANumber',
  'weightsDontAddUp',
  'noFullCredit',
  'matchingFormat',
  'tooFewPairs',
  'noNumericalAnswer',
  'notANumber',
  'rangeReversed',
  'catchAllNotLast',
  'emptyAnswer',
  'questionCount',
  'typeMismatch',
  'answerCount',
  'keyMismatch',
  'feedbackMissing',
] as const;
export type GiftProblemCode = (typeof GIFT_PROBLEM_CODES)[number];

/** One thing wrong in a GIFT file, at the line where the question it is in starts (1-based). */
export interface GiftProblem {
  /** The file it is in, by its language. */
  language: Language;
  line: number;
  code: GiftProblemCode;
  /** Values the sentence needs: a weight, a number, a question's position. */
  params: Record<string, string | number>;
  /** The problem in English, as the command line prints it. */
  message: string;
}

export interface GiftFile {
  language: Language;
  /** The file's text (UTF-8). */
  text: string;
}

/** GIFT files of one quiz, one per language with the same questions in the same order. */
export interface GiftConversionRequest {
  /** The quiz file's name within the module's quizzes folder, e.g. post-test. */
  slug: string;
  kind: QuizKind;
  files: GiftFile[];
}

export interface GiftConversion {
  languages: Language[];
  /** Every question that could be read, as the quiz will hold it, answer key included. */
  questions: QuestionDefinition[];
  /** Everything wrong, in file order, all at once. */
  problems: GiftProblem[];
  /** The quiz file to add to the module (`quizzes/<slug>.yaml`); null while there are problems. */
  yaml: string | null;
  fileName: string;
}

/** A published quiz of a module version, as its page lists it. */
export interface PublishedQuizSummary {
  id: string;
  slug: string;
  kind: QuizKind;
  title: Partial<Record<Language, string>>;
  /** Questions to answer (descriptions not counted). */
  questionCount: number;
}
