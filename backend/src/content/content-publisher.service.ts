import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CapacityQuestionnaire, SurveyDefinition } from '@atolye/shared';
import type { ContentModule } from './content-model';
import { ContentRepository } from './content.repository';

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

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly content: ContentRepository,
  ) {}

  /** Stores each survey version not stored yet; a published version is never changed. */
  async publishSurveys(surveys: SurveyDefinition[]): Promise<void> {
    if (!surveys.length) return;
    await this.content.insertSurveys(surveys);
  }

  /** Stores each capacity questionnaire version not stored yet; a published version is never changed. */
  async publishQuestionnaires(questionnaires: CapacityQuestionnaire[]): Promise<void> {
    if (!questionnaires.length) return;
    await this.content.insertQuestionnaires(questionnaires);
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
    await this.content.lockVersion(manager, manifest.slug, manifest.version);
    const existing = await this.content.findVersion(manifest.slug, manifest.version, manager);
    if (existing) return existing.contentHash === module.contentHash ? 'unchanged' : 'refused';
    await this.content.insertVersion(manager, module);
    return 'published';
  }
}
