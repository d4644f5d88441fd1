import type { LocalisedText } from './languages';
import type { OrganisationType } from './organisations.contracts';

export const MEASURES = [
  'people_enrolled',
  'people_completed',
  'people_certified',
  'share_women',
  'organisations_reached',
  'provinces_reached',
  'countries_reached',
  'average_attendance_rate',
  'completion_rate',
  'average_knowledge_gain',
  'average_evaluation_rating',
  'training_hours',
  'organisations_capacity_improved',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * Measures counted over enrolments and people, which can be broken down by gender, organisation
 * type and province and drilled down to sessions; the capacity measure is counted over
 * organisations' self-assessments instead.
 */
export const BREAKDOWN_MEASURES = MEASURES.filter(
  (m): m is Exclude<Measure, 'organisations_capacity_improved'> => m !== 'organisations_capacity_improved',
);
export type BreakdownMeasure = (typeof BREAKDOWN_MEASURES)[number];

/** Measures that are a percentage or an average are compared with their target directly; counts grow over the period. */
export const LEVEL_MEASURES: readonly Measure[] = [
  'share_women',
  'average_attendance_rate',
  'completion_rate',
  'average_knowledge_gain',
  'average_evaluation_rating',
];

export const BREAKDOWNS = ['gender', 'organisation_type', 'province'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Where the sessions in scope stand: only ended sessions count in the completion rate. */
export const SESSION_PROGRESS_FIGURES = [
  'sessions_ended',
  'sessions_in_progress',
  'sessions_upcoming',
  'enrolments_in_progress',
] as const;
export type SessionProgressFigure = (typeof SESSION_PROGRESS_FIGURES)[number];

/** Every figure a report shows, each with one definition (backend/src/figures/figure-definitions.ts). */
export const FIGURE_KEYS = [
  ...MEASURES,
  ...SESSION_PROGRESS_FIGURES,
  ...BREAKDOWNS,
  'completions_by_month',
  'knowledge_gain_by_session',
  'indicator_progress',
  'indicator_state',
  'follow_up_used_3m',
  'follow_up_used_6m',
  'follow_up_response_rate',
  'study_visit_participants',
  'study_visit_organisations',
  'workshop_participants',
  'logframe_manual_value',
  'capacity_domain_score',
  'capacity_overall_score',
  'organisations_capacity_assessed',
  'organisations_capacity_both_rounds',
  'coaching_tracks_finished',
  'coaching_organisations',
  'coaching_people',
  'coaching_meetings',
  'coaching_hours',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Text in both of the portal's languages. */
export interface BilingualText {
  en: string;
  tr: string;
}

/** What a figure is called and how it is counted, in one line per language. */
export interface FigureDefinition {
  key: FigureKey;
  label: BilingualText;
  definition: BilingualText;
}

export interface ReportFilters {
  trainingId?: string;
  sessionId?: string;
  /** YYYY-MM-DD: sessions whose first meeting is on or after this day. */
  from?: string;
  to?: string;
  organisationType?: OrganisationType;
  province?: string;
}

export interface SaveIndicatorRequest {
  code: string;
  title: LocalisedText;
  measure: Measure;
  target: number;
  periodStart: string;
  periodEnd: string;
}

export type IndicatorState = 'on_track' | 'at_risk' | 'off_track';

export interface IndicatorValue extends SaveIndicatorRequest {
  id: string;
  value: number | null;
  state: IndicatorState;
  /** Share of the target reached, 0–100+. */
  progressPercent: number | null;
  /** How the indicator's measure is counted. */
  definition: BilingualText;
}

export interface BreakdownRow {
  key: string;
  value: number | null;
  /** People behind the figure; exports show "< 5" below the minimum cell size. */
  people: number;
}

export interface Dashboard {
  filters: ReportFilters;
  indicators: IndicatorValue[];
  measures: Record<Measure, number | null>;
  completionsByMonth: { month: string; completed: number }[];
  gender: BreakdownRow[];
  organisationTypes: BreakdownRow[];
  provinces: BreakdownRow[];
  knowledgeGainBySession: {
    sessionId: string;
    title: string;
    averageGain: number | null;
    trainees: number;
  }[];
  /** Sessions ended, in progress and not started, and the seats in sessions in progress. */
  progress: Record<SessionProgressFigure, number>;
  /** Every figure's, breakdown's and chart's definition, in the order a reader meets them. */
  definitions: FigureDefinition[];
}

export interface DrillDownSession {
  sessionId: string;
  title: string;
  trainingTitle: LocalisedText;
  city: string;
  startsAt: string | null;
  value: number | null;
}
