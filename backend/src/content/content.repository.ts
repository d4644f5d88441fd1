import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { LessonEntity } from './lesson.entity';
import { ModuleMediaEntity } from './module-media.entity';
import { ModuleVersionEntity } from './module-version.entity';

@Injectable()
export class ContentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  allVersions(): Promise<ModuleVersionEntity[]> {
    return this.db.getRepository(ModuleVersionEntity).find({ order: { slug: 'ASC', publishedAt: 'DESC' } });
  }

  findVersion(slug: string, version: string): Promise<ModuleVersionEntity | null> {
    return this.db.getRepository(ModuleVersionEntity).findOne({ where: { slug, version } });
  }

  findVersionsByIds(ids: string[]): Promise<ModuleVersionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(ModuleVersionEntity).find({ where: { id: In(ids) } });
  }

  lessonsOf(moduleVersionIds: string[]): Promise<LessonEntity[]> {
    if (moduleVersionIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(LessonEntity)
      .find({ where: { moduleVersionId: In(moduleVersionIds) }, order: { position: 'ASC' } });
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

  findMedia(moduleVersionId: string, name: string): Promise<ModuleMediaEntity | null> {
    return this.db.getRepository(ModuleMediaEntity).findOne({ where: { moduleVersionId, name } });
  }
}
