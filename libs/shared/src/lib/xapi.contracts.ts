/** The learning events the product sends as xAPI statements, one kind per kind of record. */
export const XAPI_EVENT_KINDS = [
  'registered',
  'lesson-completed',
  'quiz-attempted',
  'quiz-result',
  'meeting-attended',
  'training-completed',
  'certificate-earned',
] as const;
export type XapiEventKind = (typeof XAPI_EVENT_KINDS)[number];

/** Filters of the statements export: days (YYYY-MM-DD, both included) and one session. */
export interface XapiExportFilters {
  from?: string;
  to?: string;
  sessionId?: string;
}

/** How forwarding to the external LRS goes, for coordinators. */
export interface XapiForwardingStatus {
  /** False when XAPI_LRS_URL is not set: nothing leaves the product. */
  enabled: boolean;
  /** The LRS's address without credentials, or null. */
  lrsUrl: string | null;
  sentTotal: number;
  lastAttemptAt: string | null;
  lastSentAt: string | null;
  /** The last failure, cleared by the next run that succeeds. */
  lastError: string | null;
  lastErrorAt: string | null;
}
