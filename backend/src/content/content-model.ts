import type { Language, QuizDefinition } from '@atolye/shared';

export type Localised = Partial<Record<Language, string>>;

export interface ModuleManifest {
  slug: string;
  version: string;
  languages: Language[];
  title: Localised;
  summary: Localised;
  objectives: Localised[];
  topics: string[];
  estimatedMinutes: number;
  authors: { name: string; organisation?: string }[];
  licence: string;
  lessons: string[];
  changelog: { version: string; date: string; changes: Localised }[];
  /** Lessons knowingly not yet translated, per language. */
  missingTranslations: Partial<Record<Language, string[]>>;
  /** Quiz files under quizzes/, by slug. */
  quizzes: string[];
}

export interface LessonTranslation {
  language: Language;
  title: string;
  markdown: string;
  /** Sanitised HTML rendered from the Markdown; safe to show as it is. */
  html: string;
  /** When the facts were last checked against the sources, YYYY-MM-DD. */
  verifiedOn: string;
}

export interface ContentLesson {
  slug: string;
  position: number;
  estimatedMinutes: number;
  translations: LessonTranslation[];
  /** SHA-256 of the lesson's files; unchanged hash means unchanged lesson across versions. */
  contentHash: string;
}

export interface ContentMedia {
  /** File name within the module's media folder. */
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface ContentModule {
  manifest: ModuleManifest;
  lessons: ContentLesson[];
  media: ContentMedia[];
  quizzes: QuizDefinition[];
  /** SHA-256 over every file of the module: the identity of a published version's content. */
  contentHash: string;
  /** Folder relative to the repository root. */
  folder: string;
}
