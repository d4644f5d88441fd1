import type { Language, LocalisedText } from './languages';

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
  'description',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * The weights an answer may carry, in % of the question's points: Moodle's list of grades
 * (`question_bank::fraction_options_full()`), so that every quiz exports to GIFT that Moodle accepts.
 * A third is 33.33333, a sixth 16.66667, a seventh 14.28571, a ninth 11.11111.
 */
export const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5,
  11.11111, 10, 5, 0, -5, -10, -11.11111, -12.5, -14.28571, -16.66667, -20, -25, -30, -33.33333, -40, -50,
  -60, -66.66667, -70, -75, -80, -83.33333, -90, -100,
] as const;

/** The grade on Moodle's list a weight stands for (as Moodle matches them: within 0.001 %), or null. */
export function moodleGrade(weight: number): number | null {
  return MOODLE_GRADES.find((grade) => Math.abs(grade - weight) < 0.001) ?? null;
}

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

/** An accepted short answer in one language; `*` matches any text, `\*` a star. */
export interface AcceptedAnswer {
  text: string;
  /** % of the points; 100 when absent. */
  weight?: number;
  /** Shown in the review to whoever gave this answer (in the list's language). */
  feedback?: string;
}

/** A numerical answer: a value within a tolerance, a range, or (last) any other number. */
export type NumericalAnswer = (
  | { value: number; tolerance: number }
  | { min: number; max: number }
  | { otherwise: true }
) & {
  /** % of the points; 100 when absent, 0 for `otherwise`. */
  weight?: number;
  feedback?: LocalisedText;
};

/** A question with its answer key: stays on the server until the review policy allows it. */
export type QuestionDefinition =
  | (QuestionBase & {
      type: 'single_choice';
      /** One or more options are right; another may earn part of the points (`weight`, in %). */
      options: (ChoiceOption & { correct: boolean; weight?: number })[];
    })
  | (QuestionBase & { type: 'multiple_choice'; options: (ChoiceOption & { weight: number })[] })
  | (QuestionBase & {
      type: 'true_false';
      answer: boolean;
      feedbackTrue?: LocalisedText;
      feedbackFalse?: LocalisedText;
    })
  | (QuestionBase & {
      type: 'short_answer';
      /** Per language, in order: the first that matches counts. A plain text is worth all the points. */
      accept: Partial<Record<Language, (string | AcceptedAnswer)[]>>;
    })
  | (QuestionBase & { type: 'numerical'; answers: NumericalAnswer[] })
  | (QuestionBase & {
      type: 'matching';
      pairs: { left: LocalisedText; right: LocalisedText }[];
      /** Right-hand answers that match no item, offered among the others. */
      distractors?: LocalisedText[];
    })
  /** Text between questions (an introduction, a case to read): shown, not graded, worth 0 points. */
  | (QuestionBase & { type: 'description' });

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
  /** 0 for a description, which is only read. */
  points: number;
  text: LocalisedText;
  /** Choice questions: the options in this attempt's order. */
  options?: { id: string; text: LocalisedText }[];
  /**
   * Matching: the left items, and the right items to pick from, shuffled and with ids drawn at
   * random for this attempt, so neither their order nor their ids tell which belongs to which.
   */
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
  /** The right answer in words, per language (empty for a description). */
  correctAnswer: LocalisedText;
  /** Feedback on the answer given: the chosen options', the matched answer's, or true/false's. */
  feedback: LocalisedText | null;
  /** Feedback on the question whatever the answer. */
  generalFeedback: LocalisedText | null;
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
  /** Questions to answer (descriptions not counted). */
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
  /**
   * Submitted attempts at this quiz in an earlier module version whose questions changed, from
   * before the session moved to this version: kept in the history, not counted as attempts here.
   */
  earlierAttempts: { percent: number | null; passed: boolean; submittedAt: string }[];
  /** When the session closes this quiz (no attempt starts after it), and the session's zone. */
  closesAt: string | null;
  timeZone: string;
}

/** A session's pre- or post-test and the date and time the session closes it. */
export interface SessionQuizDeadline {
  moduleSlug: string;
  moduleTitle: LocalisedText;
  quizSlug: string;
  kind: QuizKind;
  title: LocalisedText;
  closesAt: string | null;
}

export interface SessionQuizDeadlines {
  timeZone: string;
  quizzes: SessionQuizDeadline[];
}

/** Every deadline of the session at once; a quiz left out has none. */
export interface SaveQuizDeadlinesRequest {
  deadlines: { moduleSlug: string; quizSlug: string; closesAt: string }[];
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
  /**
   * Per pair (keyed by the post-test's quiz id): the first pre-test score, the best post-test
   * score and their difference, the knowledge gain, in percentage points.
   */
  knowledge: Record<string, { pre: number; post: number; gain: number }>;
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
    /** A quiz of an earlier module version the session was moved from, kept for its attempts. */
    earlierVersion: boolean;
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
  /**
   * Per pair, over the trainees who took both tests: the average first pre-test score, best
   * post-test score and knowledge gain (their difference), as the API defines them.
   */
  averageGain: {
    postTestQuizId: string;
    preAverage: number | null;
    postAverage: number | null;
    average: number | null;
    trainees: number;
  }[];
}
