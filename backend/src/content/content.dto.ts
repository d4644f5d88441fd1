import { IsIn, IsOptional } from 'class-validator';
import {
  LANGUAGES,
  type Language,
  type LessonContent,
  type LessonSummary,
  type ModuleVersionDetail,
  type ModuleVersionSummary,
} from '@atolye/shared';
import type { QuizEntity } from './quiz.entity';
import type { LessonEntity } from './lesson.entity';
import type { ModuleVersionEntity } from './module-version.entity';

export class LessonLanguageQueryDto {
  /** The language to read the lesson in; falls back to another when it has no translation. */
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export function toModuleVersionSummary(
  entity: ModuleVersionEntity,
  lessonCount: number,
): ModuleVersionSummary {
  return {
    id: entity.id,
    slug: entity.slug,
    version: entity.version,
    title: entity.title,
    summary: entity.summary,
    objectives: entity.objectives,
    topics: entity.topics,
    languages: entity.languages,
    estimatedMinutes: entity.estimatedMinutes,
    authors: entity.authors,
    licence: entity.licence,
    publishedAt: entity.publishedAt.toISOString(),
    lessonCount,
  };
}

export function toLessonSummary(lesson: LessonEntity): LessonSummary {
  return {
    id: lesson.id,
    slug: lesson.slug,
    position: lesson.position,
    estimatedMinutes: lesson.estimatedMinutes,
    title: Object.fromEntries(lesson.translations.map((t) => [t.language, t.title])),
    languages: lesson.translations.map((t) => t.language),
  };
}

export function toModuleVersionDetail(
  entity: ModuleVersionEntity,
  lessons: LessonEntity[],
  quizzes: QuizEntity[],
): ModuleVersionDetail {
  return {
    ...toModuleVersionSummary(entity, lessons.length),
    lessons: lessons.map(toLessonSummary),
    quizzes: quizzes.map((quiz) => ({
      id: quiz.id,
      slug: quiz.slug,
      kind: quiz.kind,
      title: quiz.title,
      questionCount: quiz.questions.filter((q) => q.type !== 'description').length,
    })),
    changelog: entity.changelog,
  };
}

/** The lesson in the asked language, or in the first language it has. */
export function toLessonContent(
  module: ModuleVersionEntity,
  lessons: LessonEntity[],
  lesson: LessonEntity,
  language: Language | undefined,
): LessonContent {
  const translation = lesson.translations.find((t) => t.language === language) ?? lesson.translations[0];
  const index = lessons.findIndex((l) => l.id === lesson.id);
  return {
    id: lesson.id,
    moduleVersionId: module.id,
    moduleSlug: module.slug,
    moduleVersion: module.version,
    moduleTitle: module.title,
    slug: lesson.slug,
    position: lesson.position,
    estimatedMinutes: lesson.estimatedMinutes,
    language: translation.language,
    availableLanguages: lesson.translations.map((t) => t.language),
    title: translation.title,
    html: translation.html,
    verifiedOn: translation.verifiedOn ?? null,
    previousLessonId: lessons[index - 1]?.id ?? null,
    nextLessonId: lessons[index + 1]?.id ?? null,
  };
}
