import type { LocalisedText } from './content.contracts';
import type { Language } from './languages';

export const QUIZ_KINDS = ['pre_test', 'knowledge_check', 'post_test'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

/**
 * When a trainee sees the right answers of an attempt. `after_post_test` suits a pre-test: its
 * answers stay hidden until the module's paired post-test is submitted, so they cannot teach
 * the post-test.
 */
export const REVIEW_POLICIES = [
  'never',
  'after_each_attempt',
  'after_last_attempt',
  'after_post_test',
] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];

export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'short_answer',
  'numerical',
  'matching',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

interface QuestionBase {
  id: string;
  points: number;
  text: LocalisedText;
  generalFeedback?: LocalisedText;
}

export interface ChoiceOption {
  id: string;
  text: LocalisedText;
  feedback?: LocalisedText;
}

/** A question with its answer key: stays on the server until the review policy allows it. */
export type QuestionDefinition =
  | (QuestionBase & { type: 'single_choice'; options: (ChoiceOption & { correct: boolean })[] })
  | (QuestionBase & { type: 'multiple_choice'; options: (ChoiceOption & { weight: number })[] })
  | (QuestionBase & {
      type: 'true_false';
      answer: boolean;
      feedbackTrue?: LocalisedText;
      feedbackFalse?: LocalisedText;
    })
  | (QuestionBase & { type: 'short_answer'; accept: Partial<Record<Language, string[]>> })
  | (QuestionBase & {
      type: 'numerical';
      answers: ({ value: number; tolerance: number } | { min: number; max: number })[];
    })
  | (QuestionBase & { type: 'matching'; pairs: { left: LocalisedText; right: LocalisedText }[] });

export interface QuizSettings {
  slug: string;
  kind: QuizKind;
  title: LocalisedText;
  passMarkPercent: number;
  timeLimitMinutes: number | null;
  maxAttempts: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  reviewPolicy: ReviewPolicy;
  /** On a post-test: the pre-test measuring the same objectives. */
  pairedWith: string | null;
  /** On a knowledge check: the lesson (its folder name) it follows in the reading path. */
  afterLesson: string | null;
}

export interface QuizDefinition extends QuizSettings {
  questions: QuestionDefinition[];
}

/** What a trainee sees of a question while answering: no key, no weights, no feedback. */
export interface QuestionView {
  id: string;
  type: QuestionType;
  points: number;
  text: LocalisedText;
  /** Choice questions: the options in this attempt's order. */
  options?: { id: string; text: LocalisedText }[];
  /** Matching: the left items, and the right items to pick from (shuffled). */
  left?: { id: string; text: LocalisedText }[];
  right?: { id: string; text: LocalisedText }[];
}

export type Answer =
  | { optionId: string }
  | { optionIds: string[] }
  | { value: boolean }
  | { text: string }
  | { number: number }
  | { pairs: Record<string, string> };

export interface QuestionReview {
  questionId: string;
  awarded: number;
  points: number;
  correct: boolean;
  /** The right answer in words, per language. */
  correctAnswer: LocalisedText;
  feedback: LocalisedText | null;
}

export interface AttemptView {
  id: string;
  quizId: string;
  quizTitle: LocalisedText;
  kind: QuizKind;
  number: number;
  maxAttempts: number;
  /** When the correct answers are shown: the portal says so while they are not yet. */
  reviewPolicy: ReviewPolicy;
  startedAt: string;
  /** Set when the quiz has a time limit; the server closes the attempt then. */
  deadlineAt: string | null;
  submittedAt: string | null;
  questions: QuestionView[];
  answers: Record<string, Answer>;
  result: AttemptResult | null;
}

export interface AttemptResult {
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
  /** Present when the review policy allows it now. */
  review: QuestionReview[] | null;
}

export interface QuizSummaryForTrainee {
  id: string;
  moduleSlug: string;
  moduleTitle: LocalisedText;
  slug: string;
  kind: QuizKind;
  title: LocalisedText;
  questionCount: number;
  passMarkPercent: number;
  timeLimitMinutes: number | null;
  maxAttempts: number;
  attemptsUsed: number;
  openAttemptId: string | null;
  /** The latest submitted attempt, when its review is open to the trainee now. */
  reviewableAttemptId: string | null;
  bestPercent: number | null;
  passed: boolean;
  /** A knowledge check's lesson: the quiz is offered right after it. */
  afterLessonId: string | null;
}

export interface SaveAnswerRequest {
  questionId: string;
  /** null clears the question's answer (a number field emptied, say). */
  answer: Answer | null;
}

export interface TraineeQuizResult {
  enrolmentId: string;
  fullName: string;
  organisation: string | null;
  quizzes: Record<string, { best: number | null; latest: number | null; passed: boolean; attempts: number }>;
  /** Post-test best minus pre-test score, per pair (keyed by the post-test's quiz id). */
  gains: Record<string, number>;
}

export interface SessionQuizResults {
  sessionId: string;
  quizzes: {
    id: string;
    moduleSlug: string;
    slug: string;
    kind: QuizKind;
    title: LocalisedText;
    pairedWithQuizId: string | null;
  }[];
  trainees: TraineeQuizResult[];
  /** Share of submitted attempts that got each question fully right, 0–100. */
  difficulty: {
    quizId: string;
    questionId: string;
    text: LocalisedText;
    percentCorrect: number;
    answered: number;
  }[];
  /** Average gain per pair, over trainees who took both tests. */
  averageGain: { postTestQuizId: string; average: number | null; trainees: number }[];
}
