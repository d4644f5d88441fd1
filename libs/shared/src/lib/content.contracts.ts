import type { PublishedQuizSummary } from './gift.contracts';
import type { Language, LocalisedText } from './languages';

export interface ModuleVersionSummary {
  id: string;
  slug: string;
  version: string;
  title: LocalisedText;
  summary: LocalisedText;
  objectives: LocalisedText[];
  topics: string[];
  languages: Language[];
  estimatedMinutes: number;
  authors: { name: string; organisation?: string }[];
  licence: string;
  publishedAt: string;
  lessonCount: number;
}

export interface LessonSummary {
  id: string;
  slug: string;
  position: number;
  estimatedMinutes: number;
  title: LocalisedText;
  languages: Language[];
}

export interface ModuleVersionDetail extends ModuleVersionSummary {
  lessons: LessonSummary[];
  /** Its quizzes, each downloadable as Moodle GIFT per language. */
  quizzes: PublishedQuizSummary[];
  changelog: { version: string; date: string; changes: LocalisedText }[];
}

/** One lesson in one language, ready to show: `html` is sanitised on the server. */
export interface LessonContent {
  id: string;
  moduleVersionId: string;
  moduleSlug: string;
  moduleVersion: string;
  moduleTitle: LocalisedText;
  slug: string;
  position: number;
  estimatedMinutes: number;
  language: Language;
  availableLanguages: Language[];
  title: string;
  html: string;
  /** The day the lesson's facts were last checked against its sources (YYYY-MM-DD). */
  verifiedOn: string | null;
  previousLessonId: string | null;
  nextLessonId: string | null;
  /** Only in a trainee's reading path. */
  completed?: boolean;
  /** Only in a trainee's reading path: the knowledge check that follows this lesson. */
  knowledgeCheck?: { quizId: string; title: LocalisedText } | null;
}
