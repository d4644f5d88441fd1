import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource, In } from 'typeorm';
import { QuizEntity } from './quiz.entity';
import { LessonEntity } from './lesson.entity';
import { ModuleMediaEntity } from './module-media.entity';
import { ModuleVersionEntity } from './module-version.entity';

/** How much of the published content a process keeps: versions by count, lessons by text size. */
export const CONTENT_CACHE_LIMITS = { versions: 500, lessonCharacters: 16 * 1024 * 1024 };

/**
 * Published module versions and their lessons never change, so each is read from the database
 * once per process and kept, up to the limits above (the least recently read go first);
 * everything else is read fresh.
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

  findVersion(slug: string, version: string): Promise<ModuleVersionEntity | null> {
    return this.db.getRepository(ModuleVersionEntity).findOne({ where: { slug, version } });
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
}
