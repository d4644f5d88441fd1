import type { ModuleVersionSummary, TrainingDetail, TrainingSummary } from '@atolye/shared';
import type { TrainingRevisionEntity } from './training-revision.entity';
import type { TrainingEntity } from './training.entity';

export function toTrainingSummary(
  training: TrainingEntity,
  modules: ModuleVersionSummary[],
): TrainingSummary {
  return {
    id: training.id,
    title: training.title,
    description: training.description,
    languages: training.languages,
    topics: [...new Set(modules.flatMap((m) => m.topics))],
    capacityDomains: training.capacityDomains ?? [],
    status: training.status,
    revision: training.currentRevision,
    moduleCount: modules.length,
    estimatedMinutes: modules.reduce((sum, m) => sum + m.estimatedMinutes, 0),
    updatedAt: training.updatedAt.toISOString(),
  };
}

export function toTrainingDetail(
  training: TrainingEntity,
  modules: ModuleVersionSummary[],
  revisions: TrainingRevisionEntity[],
  moduleLabel: (id: string) => { slug: string; version: string },
): TrainingDetail {
  return {
    ...toTrainingSummary(training, modules),
    modules,
    completionRule: training.completionRule,
    revisions: revisions.map((r) => ({
      number: r.number,
      createdAt: r.createdAt.toISOString(),
      modules: r.moduleVersionIds.map(moduleLabel),
    })),
  };
}
