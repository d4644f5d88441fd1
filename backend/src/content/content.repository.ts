import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { CapacityQuestionnaire, SurveyDefinition } from '@atolye/shared';
import type { ContentModule } from './content-model';
import { QuizEntity } from './quiz.entity';
import { LessonEntity } from './lesson.entity';
import { ModuleMediaEntity } from './module-media.entity';
import { ModuleVersionEntity } from './module-version.entity';

/** How much of the published content a process keeps: versions by count, lessons by text size. */
export const CONTENT_CACHE_LIMITS = { versions: 500, lessonCharacters: 16 * 1024 * 1024 };

/**
 * Published module versions and their lessons never change, so each is read from the database
 * once per process and kept, up to the limits above (the least recently read go first);
 * everything else is read fresh. Publishing writes them, once per version.
 */
@Injectable()
export class ContentRepository {
  private readonly versions = new LRUCache<string, ModuleVersionEntity>({
    max: CONTENT_CACHE_LIMITS.versions,
  });
  private readonly lessons = new LRUCache<string, LessonEntity[]>({
    maxSize: CONTENT_CACHE_LIMITS.lessonCharacters,
    sizeCalculation: (lessons) => Math.max(1, JSON.stringify(lessons).length),
  });

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  allVersions(): Promise<ModuleVersionEntity[]> {
    return this.db.getRepository(ModuleVersionEntity).find({ order: { slug: 'ASC', publishedAt: 'DESC' } });
  }

  findVersion(
    slug: string,
    version: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ModuleVersionEntity | null> {
    return manager.getRepository(ModuleVersionEntity).findOne({ where: { slug, version } });
  }

  async findVersionsByIds(ids: string[]): Promise<ModuleVersionEntity[]> {
    const missing = [...new Set(ids)].filter((id) => !this.versions.has(id));
    if (missing.length > 0) {
      for (const version of await this.db
        .getRepository(ModuleVersionEntity)
        .find({ where: { id: In(missing) } })) {
        this.versions.set(version.id, version);
      }
    }
    return [...new Set(ids)].flatMap((id) => this.versions.get(id) ?? []);
  }

  async lessonsOf(moduleVersionIds: string[]): Promise<LessonEntity[]> {
    const missing = [...new Set(moduleVersionIds)].filter((id) => !this.lessons.has(id));
    if (missing.length > 0) {
      const found = await this.db
        .getRepository(LessonEntity)
        .find({ where: { moduleVersionId: In(missing) }, order: { position: 'ASC' } });
      // Only versions that have lessons are kept: one being published right now is read again next time.
      for (const id of missing) {
        const own = found.filter((l) => l.moduleVersionId === id);
        if (own.length > 0) this.lessons.set(id, own);
      }
      return [...new Set(moduleVersionIds)]
        .flatMap((id) => this.lessons.get(id) ?? found.filter((l) => l.moduleVersionId === id))
        .sort((a, b) => a.position - b.position);
    }
    return [...new Set(moduleVersionIds)]
      .flatMap((id) => this.lessons.get(id) ?? [])
      .sort((a, b) => a.position - b.position);
  }

  async lessonCounts(): Promise<Map<string, number>> {
    const rows: { id: string; count: number }[] = await this.db.query(
      'SELECT module_version_id AS id, count(*)::int AS count FROM lessons GROUP BY module_version_id',
    );
    return new Map(rows.map((r) => [r.id, r.count]));
  }

  findLesson(id: string): Promise<LessonEntity | null> {
    return this.db.getRepository(LessonEntity).findOne({ where: { id } });
  }

  /** A version's quizzes, pre-test first. */
  async quizzesOf(moduleVersionId: string): Promise<QuizEntity[]> {
    const order = ['pre_test', 'knowledge_check', 'post_test'];
    const quizzes = await this.db.getRepository(QuizEntity).find({ where: { moduleVersionId } });
    return quizzes.sort(
      (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.slug.localeCompare(b.slug),
    );
  }

  findQuiz(moduleVersionId: string, slug: string): Promise<QuizEntity | null> {
    return this.db.getRepository(QuizEntity).findOne({ where: { moduleVersionId, slug } });
  }

  findMedia(moduleVersionId: string, name: string): Promise<ModuleMediaEntity | null> {
    return this.db.getRepository(ModuleMediaEntity).findOne({ where: { moduleVersionId, name } });
  }

  /** Stores each survey version not stored yet; a stored version is never changed. */
  async insertSurveys(surveys: SurveyDefinition[]): Promise<void> {
    await this.db.query(
      `INSERT INTO surveys (slug, version, definition)
       SELECT s->>'slug', s->>'version', s FROM jsonb_array_elements($1::jsonb) s
       ON CONFLICT (slug, version) DO NOTHING`,
      [JSON.stringify(surveys)],
    );
  }

  /** Stores each capacity questionnaire version not stored yet; a stored version is never changed. */
  async insertQuestionnaires(questionnaires: CapacityQuestionnaire[]): Promise<void> {
    await this.db.query(
      `INSERT INTO capacity_questionnaires (slug, version, definition)
       SELECT q->>'slug', q->>'version', q FROM jsonb_array_elements($1::jsonb) q
       ON CONFLICT (slug, version) DO NOTHING`,
      [JSON.stringify(questionnaires)],
    );
  }

  /** Waits for, then holds until the transaction ends, the lock of publishing this module version. */
  async lockVersion(manager: EntityManager, slug: string, version: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${slug}@${version}`]);
  }

  /** A new module version with its lessons, quizzes and media, in the caller's transaction. */
  async insertVersion(manager: EntityManager, module: ContentModule): Promise<void> {
    const { manifest } = module;
    const saved = await manager.getRepository(ModuleVersionEntity).save({
      slug: manifest.slug,
      version: manifest.version,
      title: manifest.title,
      summary: manifest.summary,
      objectives: manifest.objectives,
      topics: manifest.topics,
      languages: manifest.languages,
      estimatedMinutes: manifest.estimatedMinutes,
      authors: manifest.authors,
      licence: manifest.licence,
      changelog: manifest.changelog,
      contentHash: module.contentHash,
    });
    await manager.getRepository(LessonEntity).insert(
      module.lessons.map((lesson) => ({
        moduleVersionId: saved.id,
        slug: lesson.slug,
        position: lesson.position,
        estimatedMinutes: lesson.estimatedMinutes,
        contentHash: lesson.contentHash,
        translations: lesson.translations.map(({ language, title, html, verifiedOn }) => ({
          language,
          title,
          html,
          verifiedOn,
        })),
      })),
    );
    if (module.quizzes.length > 0) {
      await manager.getRepository(QuizEntity).insert(
        module.quizzes.map((quiz) => ({
          moduleVersionId: saved.id,
          slug: quiz.slug,
          kind: quiz.kind,
          title: quiz.title,
          passMarkPercent: quiz.passMarkPercent,
          timeLimitMinutes: quiz.timeLimitMinutes,
          maxAttempts: quiz.maxAttempts,
          shuffleQuestions: quiz.shuffleQuestions,
          shuffleOptions: quiz.shuffleOptions,
          reviewPolicy: quiz.reviewPolicy,
          pairedWith: quiz.pairedWith,
          afterLesson: quiz.afterLesson,
          questions: quiz.questions,
        })),
      );
    }
    if (module.media.length > 0) {
      await manager.getRepository(ModuleMediaEntity).insert(
        module.media.map((media) => ({
          moduleVersionId: saved.id,
          name: media.name,
          contentType: media.contentType,
          bytes: media.bytes,
        })),
      );
    }
  }
}
