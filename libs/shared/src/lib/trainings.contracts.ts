import type { ModuleVersionSummary } from './content.contracts';
import type { CapacityDomain } from './capacity.contracts';
import type { Language, LocalisedText } from './languages';

export const TRAINING_STATUSES = ['draft', 'published', 'archived'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** What a trainee must do to complete a training (enforced when certificates are issued). */
export interface CompletionRule {
  /** Share of the session's planned meetings attended, 0–100 (late counts as present). */
  minAttendancePercent: number;
  /** Whether an excused absence counts as attended. */
  excusedCountsAsPresent?: boolean;
  requireAllLessons: boolean;
  requiredQuizzes: { moduleSlug: string; quiz: string; minScorePercent: number }[];
  requireEvaluation: boolean;
  /**
   * Passed each post-test of the training's modules at that post-test's own pass mark. On unless
   * a training says otherwise (a request that leaves it out gets it on).
   */
  passPostTests?: boolean;
}

export interface TrainingSummary {
  id: string;
  title: LocalisedText;
  description: LocalisedText;
  languages: Language[];
  topics: string[];
  /** Capacity domains the training strengthens (recommended to organisations weak in them). */
  capacityDomains: CapacityDomain[];
  status: TrainingStatus;
  /** Number of the current revision; a revision pins module versions. */
  revision: number;
  moduleCount: number;
  estimatedMinutes: number;
  updatedAt: string;
}

export interface TrainingDetail extends TrainingSummary {
  modules: ModuleVersionSummary[];
  completionRule: CompletionRule;
  revisions: { number: number; createdAt: string; modules: { slug: string; version: string }[] }[];
}

export interface SaveTrainingRequest {
  title: LocalisedText;
  description: LocalisedText;
  languages: Language[];
  /** Published module versions, in teaching order. */
  moduleVersionIds: string[];
  completionRule: CompletionRule;
  /** Left out, the training keeps the domains it has (none for a new one). */
  capacityDomains?: CapacityDomain[];
}
