import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CapacityQuestionnaire, SurveyDefinition } from '@atolye/shared';
import type { ContentModule } from './content-model';
import { QuizEntity } from './quiz.entity';
import { LessonEntity } from './lesson.entity';
import { ModuleMediaEntity } from './module-media.entity';
import { ModuleVersionEntity } from './module-version.entity';

export interface PublishReport {
  published: string[];
  unchanged: string[];
  /** Versions whose content differs from what was published under the same number. */
  refused: { module: string; message: string }[];
}

/**
 * Loads module versions into the database as immutable records. Publishing again is a no-op for
 * unchanged content and a refusal for changed content under an already published version.
 */
@Injectable()
export class ContentPublisher {
  private readonly logger = new Logger(ContentPublisher.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Stores each survey version not stored yet; a published version is never changed. */
  async publishSurveys(surveys: SurveyDefinition[]): Promise<void> {
    if (!surveys.length) return;
    await this.db.query(
      `INSERT INTO surveys (slug, version, definition)
       SELECT s->>'slug', s->>'version', s FROM jsonb_array_elements($1::jsonb) s
       ON CONFLICT (slug, version) DO NOTHING`,
      [JSON.stringify(surveys)],
    );
  }

  /** Stores each capacity questionnaire version not stored yet; a published version is never changed. */
  async publishQuestionnaires(questionnaires: CapacityQuestionnaire[]): Promise<void> {
    if (!questionnaires.length) return;
    await this.db.query(
      `INSERT INTO capacity_questionnaires (slug, version, definition)
       SELECT q->>'slug', q->>'version', q FROM jsonb_array_elements($1::jsonb) q
       ON CONFLICT (slug, version) DO NOTHING`,
      [JSON.stringify(questionnaires)],
    );
  }

  async publish(modules: ContentModule[]): Promise<PublishReport> {
    const report: PublishReport = { published: [], unchanged: [], refused: [] };
    for (const module of modules) {
      const { slug, version } = module.manifest;
      const label = `${slug}@${version}`;
      const outcome = await this.db.transaction((manager) => this.publishOne(manager, module));
      if (outcome === 'published') report.published.push(label);
      else if (outcome === 'unchanged') report.unchanged.push(label);
      else {
        const message = `Module "${slug}" version ${version} is already published with different content. Published versions never change: raise "version" in ${module.folder}/module.yaml and add a changelog entry.`;
        report.refused.push({ module: label, message });
        this.logger.error(message);
      }
    }
    this.logger.log(
      `Content: ${report.published.length} published, ${report.unchanged.length} unchanged, ${report.refused.length} refused`,
    );
    return report;
  }

  private async publishOne(
    manager: EntityManager,
    module: ContentModule,
  ): Promise<'published' | 'unchanged' | 'refused'> {
    const { manifest } = module;
    // Serialises publishers of the same module version (several instances starting at once).
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `${manifest.slug}@${manifest.version}`,
    ]);
    const existing = await manager
      .getRepository(ModuleVersionEntity)
      .findOne({ where: { slug: manifest.slug, version: manifest.version } });
    if (existing) return existing.contentHash === module.contentHash ? 'unchanged' : 'refused';

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
    return 'published';
  }
}
