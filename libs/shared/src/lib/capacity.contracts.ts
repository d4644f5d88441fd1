import type { LocalisedText } from './languages';
import type { FigureDefinition } from './reports.contracts';

/** The domains a capacity questionnaire scores, and trainings are tagged with. */
export const CAPACITY_DOMAINS = [
  'governance',
  'project_cycle_management',
  'advocacy',
  'financial_sustainability',
  'volunteer_management',
  'data_protection',
  'gender_mainstreaming',
] as const;
export type CapacityDomain = (typeof CAPACITY_DOMAINS)[number];

/** Baseline at the start of the programme, endline at its end. */
export const CAPACITY_ROUNDS = ['baseline', 'endline'] as const;
export type CapacityRound = (typeof CAPACITY_ROUNDS)[number];

export type CapacityRoundStatus = 'draft' | 'submitted';

/** Every question is scored 1 (just starting) to 4 (established and reviewed). */
export const CAPACITY_MIN_SCORE = 1;
export const CAPACITY_MAX_SCORE = 4;
/** A domain has this many questions at least and at most. */
export const CAPACITY_QUESTIONS_PER_DOMAIN = { min: 4, max: 6 } as const;
/** Recommendations come from this many weakest domains of the latest round. */
export const CAPACITY_WEAKEST_DOMAINS = 2;

export interface CapacityQuestion {
  id: string;
  prompt: LocalisedText;
  /** What scores 1, 2, 3 and 4 look like, in that order. */
  anchors: LocalisedText[];
}

export interface CapacityDomainDefinition {
  id: CapacityDomain;
  title: LocalisedText;
  questions: CapacityQuestion[];
}

/** A questionnaire as authored under content/assessments/<slug>/<version>/questionnaire.yaml. */
export interface CapacityQuestionnaire {
  slug: string;
  version: string;
  title: LocalisedText;
  intro: LocalisedText;
  domains: CapacityDomainDefinition[];
}

/** One score (1–4) per question id; a draft may leave questions out. */
export type CapacityAnswers = Record<string, number>;

export interface SaveCapacityRoundRequest {
  answers: CapacityAnswers;
}

export interface CapacityScores {
  /** Per domain, in the questionnaire's order; null while a question of it is unanswered. */
  domains: { domain: CapacityDomain; score: number | null }[];
  overall: number | null;
}

export interface CapacityRoundView {
  round: CapacityRound;
  status: CapacityRoundStatus;
  answers: CapacityAnswers;
  scores: CapacityScores;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
}

export interface CapacityRecommendation {
  trainingId: string;
  title: LocalisedText;
  /** The weak domains this training is tagged with. */
  domains: CapacityDomain[];
  /** Its sessions open for applications now. */
  openSessions: number;
}

/** An organisation's pair of rounds on one questionnaire version, with what to train next. */
export interface OrganisationCapacity {
  organisationId: string;
  organisationName: string;
  questionnaire: CapacityQuestionnaire;
  baseline: CapacityRoundView | null;
  endline: CapacityRoundView | null;
  /** Endline minus baseline per domain and overall, once both rounds are submitted. */
  change: CapacityScores | null;
  /** The weakest domains of the latest submitted round; empty before any is submitted. */
  weakestDomains: CapacityDomain[];
  recommendations: CapacityRecommendation[];
  definitions: FigureDefinition[];
}

export interface CapacityOverviewRow {
  organisationId: string;
  organisationName: string;
  province: string;
  version: string;
  baselineStatus: CapacityRoundStatus | null;
  endlineStatus: CapacityRoundStatus | null;
  /** Overall scores of submitted rounds only. */
  baselineOverall: number | null;
  endlineOverall: number | null;
  /** Endline minus baseline, when both are submitted. */
  change: number | null;
}

export interface CapacityFigures {
  /** Organisations with at least one submitted round. */
  assessed: number;
  /** Organisations with both rounds of one questionnaire version submitted. */
  withBothRounds: number;
  /** Of those, organisations whose endline overall is above their baseline overall. */
  improved: number;
}

export interface CapacityOverview {
  rows: CapacityOverviewRow[];
  figures: CapacityFigures;
  definitions: FigureDefinition[];
}
