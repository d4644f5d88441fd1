import type { BilingualText, FigureDefinition } from './reports.contracts';
import type { LocalisedText } from './languages';

/** The levels of the intervention logic, from the top; each level's items hang under the one before. */
export const LOGFRAME_LEVELS = ['overall_objective', 'specific_objective', 'result', 'activity'] as const;
export type LogframeLevel = (typeof LOGFRAME_LEVELS)[number];

/** How an indicator can be split; age bands are only ever entered by hand (the product keeps no ages). */
export const LOGFRAME_DISAGGREGATIONS = ['gender', 'organisation_type', 'province', 'age_band'] as const;
export type LogframeDisaggregation = (typeof LOGFRAME_DISAGGREGATIONS)[number];

export const AGE_BANDS = ['under_25', '25_34', '35_49', '50_plus', 'undeclared'] as const;

export const LOGFRAME_UNITS = ['number', 'percent', 'points', 'hours', 'rating'] as const;
export type LogframeUnit = (typeof LOGFRAME_UNITS)[number];

/** Evidence for a value entered by hand: a PDF, an image or a spreadsheet of at most 2 MB. */
export const LOGFRAME_EVIDENCE_MAX_BYTES = 2 * 1024 * 1024;
export const LOGFRAME_EVIDENCE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** `manual`, or `computed:<key>` naming an entry of the server's source registry. */
export type LogframeSourceRef = string;

export interface LogframePeriod {
  /** YYYY-MM-DD, both days included. */
  from: string;
  to: string;
}

export interface SaveLogframeItemRequest {
  level: LogframeLevel;
  parentId: string | null;
  title: LocalisedText;
  assumptions: LocalisedText;
}

export interface MoveLogframeItemRequest {
  direction: 'up' | 'down';
}

export interface SaveLogframeIndicatorRequest {
  text: LocalisedText;
  unit: LogframeUnit;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  meansOfVerification: LocalisedText;
  disaggregations: LogframeDisaggregation[];
  source: LogframeSourceRef;
}

export interface LogframeCell {
  by: LogframeDisaggregation;
  key: string;
  value: number;
}

export interface SaveLogframeValueRequest {
  periodStart: string;
  periodEnd: string;
  value: number;
  cells: LogframeCell[];
  sourceNote: string;
  /** The evidence file as a data: URL (PDF, PNG, JPEG or XLSX), and its file name. */
  evidence: { name: string; dataUrl: string } | null;
}

export interface LogframeManualValue {
  id: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  cells: LogframeCell[];
  sourceNote: string;
  enteredBy: string;
  enteredAt: string;
  evidence: { name: string; mediaType: string; size: number } | null;
}

/** What the current value of an indicator is, and how it came about. */
export interface LogframeCurrentValue {
  value: number | null;
  /** The manual value shown, when the indicator is entered by hand. */
  manualValueId: string | null;
}

export interface LogframeIndicator extends SaveLogframeIndicatorRequest {
  id: string;
  itemId: string;
  /** "SO1.2": the item's code and the indicator's place under it. */
  code: string;
  current: LogframeCurrentValue;
}

export interface LogframeItem {
  id: string;
  level: LogframeLevel;
  parentId: string | null;
  /** OO, SO1, R1.1, A1.1.1: from the item's place in the tree. */
  code: string;
  title: LocalisedText;
  assumptions: LocalisedText;
  indicators: LogframeIndicator[];
}

export interface LogframeSourceOption {
  /** `computed:<key>`. */
  ref: LogframeSourceRef;
  label: BilingualText;
  definition: BilingualText;
  disaggregations: LogframeDisaggregation[];
}

export interface Logframe {
  period: LogframePeriod;
  /** Depth first, in order: each item after its parent. */
  items: LogframeItem[];
  sources: LogframeSourceOption[];
  /** How a value entered by hand is chosen for a period. */
  manualValueDefinition: FigureDefinition;
}

export interface LogframeDisaggregationRow {
  key: string;
  value: number | null;
}

export interface LogframeIndicatorDetail {
  indicator: LogframeIndicator;
  itemCode: string;
  itemTitle: LocalisedText;
  period: LogframePeriod;
  /** The computed source's words, or the manual value rule. */
  definition: BilingualText;
  sourceLabel: BilingualText;
  /** Per calendar year from the baseline's to the target's, computed or entered. */
  overTime: { period: LogframePeriod; value: number | null }[];
  disaggregation: { by: LogframeDisaggregation; rows: LogframeDisaggregationRow[] }[];
  manualValues: LogframeManualValue[];
}
