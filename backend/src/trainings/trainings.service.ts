import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  ModuleVersionSummary,
  Page,
  TrainingDetail,
  TrainingStatus,
  TrainingSummary,
} from '@atolye/shared';
import { toModuleVersionSummary } from '../content/content.dto';
import { ContentRepository } from '../content/content.repository';
import { SaveTrainingDto, TrainingsQueryDto } from './trainings.dto';
import { toTrainingDetail, toTrainingSummary } from './trainings.mapper';
import { TrainingRevisionEntity } from './training-revision.entity';
import { TrainingEntity } from './training.entity';
import { TrainingsRepository } from './trainings.repository';
import { problem } from '../common/api-problem';

@Injectable()
export class TrainingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trainings: TrainingsRepository,
    private readonly content: ContentRepository,
  ) {}

  async list(query: TrainingsQueryDto): Promise<Page<TrainingSummary>> {
    const [rows, total] = await this.trainings.search(query.page, query.pageSize, query);
    const revisions = await this.trainings.revisionsOf(rows.map((r) => r.id));
    const items = await Promise.all(
      rows.map(async (training) => {
        const current = revisions.find(
          (r) => r.trainingId === training.id && r.number === training.currentRevision,
        );
        return toTrainingSummary(training, await this.modulesOf(current?.moduleVersionIds ?? []));
      }),
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<TrainingDetail> {
    const training = await this.trainings.findById(id);
    if (!training) throw new NotFoundException('No training with this id');
    const revisions = await this.trainings.revisionsOf([id]);
    const current = revisions.find((r) => r.number === training.currentRevision);
    const allIds = [...new Set(revisions.flatMap((r) => r.moduleVersionIds))];
    const versions = await this.content.findVersionsByIds(allIds);
    const label = (moduleId: string) => {
      const v = versions.find((m) => m.id === moduleId);
      return { slug: v?.slug ?? '?', version: v?.version ?? '?' };
    };
    return toTrainingDetail(
      training,
      await this.modulesOf(current?.moduleVersionIds ?? []),
      revisions,
      label,
    );
  }

  async create(request: SaveTrainingDto): Promise<TrainingDetail> {
    this.checkTexts(request);
    await this.modulesOf(request.moduleVersionIds, true);
    const id = await this.db.transaction(async (manager) => {
      const training = await manager.getRepository(TrainingEntity).save({
        title: request.title,
        description: request.description,
        languages: request.languages,
        capacityDomains: request.capacityDomains ?? [],
        completionRule: {
          ...request.completionRule,
          passPostTests: request.completionRule.passPostTests ?? true,
        },
        status: 'draft' as TrainingStatus,
        currentRevision: 1,
      });
      await manager
        .getRepository(TrainingRevisionEntity)
        .insert({ trainingId: training.id, number: 1, moduleVersionIds: request.moduleVersionIds });
      return training.id;
    });
    return this.get(id);
  }

  /** Saves a training; a change of its modules makes a new revision for sessions opened from now on. */
  async update(id: string, request: SaveTrainingDto): Promise<TrainingDetail> {
    this.checkTexts(request);
    await this.modulesOf(request.moduleVersionIds, true);
    await this.db.transaction(async (manager) => {
      const training = await this.trainings.findByIdForUpdate(id, manager);
      if (!training) throw new NotFoundException('No training with this id');
      if (training.status === 'archived')
        throw new ConflictException(
          problem('training.archived', 'This training is archived; restore it before editing'),
        );
      const current = await this.trainings.findRevision(id, training.currentRevision, manager);
      if (!current || current.moduleVersionIds.join() !== request.moduleVersionIds.join()) {
        training.currentRevision += 1;
        await manager.getRepository(TrainingRevisionEntity).insert({
          trainingId: id,
          number: training.currentRevision,
          moduleVersionIds: request.moduleVersionIds,
        });
      }
      Object.assign(training, {
        title: request.title,
        description: request.description,
        languages: request.languages,
        capacityDomains: request.capacityDomains ?? training.capacityDomains,
        // Left out of a request, the post-test criterion stays as it was (on for a new training).
        completionRule: {
          ...request.completionRule,
          passPostTests:
            request.completionRule.passPostTests ?? training.completionRule.passPostTests ?? true,
        },
      });
      await manager.getRepository(TrainingEntity).save(training);
    });
    return this.get(id);
  }

  async setStatus(id: string, status: TrainingStatus): Promise<TrainingDetail> {
    const result = await this.db.getRepository(TrainingEntity).update({ id }, { status });
    if (!result.affected) throw new NotFoundException('No training with this id');
    return this.get(id);
  }

  /** Summaries of module versions in the given order; with `strict`, unknown ids are a 422. */
  async modulesOf(ids: string[], strict = false): Promise<ModuleVersionSummary[]> {
    const versions = await this.content.findVersionsByIds(ids);
    if (strict && versions.length !== ids.length) {
      const unknown = ids.filter((id) => !versions.some((v) => v.id === id));
      throw new UnprocessableEntityException({
        message: `moduleVersionIds: no published module version with id ${unknown.join(', ')}`,
        details: [
          { field: 'moduleVersionIds', reason: `no published module version with id ${unknown.join(', ')}` },
        ],
      });
    }
    const lessons = await this.content.lessonsOf(ids);
    return ids.flatMap((id) => {
      const version = versions.find((v) => v.id === id);
      return version
        ? [toModuleVersionSummary(version, lessons.filter((l) => l.moduleVersionId === id).length)]
        : [];
    });
  }

  private checkTexts(request: SaveTrainingDto): void {
    const details = request.languages.flatMap((language) =>
      request.title[language]
        ? []
        : [
            {
              field: `title.${language}`,
              reason: `a title in ${language} is needed because the training is offered in ${language}`,
            },
          ],
    );
    if (details.length > 0)
      throw new BadRequestException({ message: `${details[0].field}: ${details[0].reason}`, details });
  }
}
