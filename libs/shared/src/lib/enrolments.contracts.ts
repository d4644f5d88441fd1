import type { LocalisedText } from './languages';
import type { Meeting, SessionSummary } from './sessions.contracts';

export const ENROLMENT_STATUSES = [
  'pending',
  'enrolled',
  'waitlisted',
  'rejected',
  'withdrawn',
  'completed',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export interface EnrolmentSummary {
  id: string;
  sessionId: string;
  person: { id: string; fullName: string; email: string; organisation: string | null };
  status: EnrolmentStatus;
  requestedAt: string;
  decidedAt: string | null;
  /** 1 for the first person on the waiting list. */
  waitlistPosition: number | null;
  completedLessons: number;
  totalLessons: number;
}

export interface Progress {
  completedLessons: number;
  totalLessons: number;
  percent: number;
}

/** A trainee's own enrolment as "My learning" shows it. */
export interface MyEnrolment {
  id: string;
  status: EnrolmentStatus;
  waitlistPosition: number | null;
  training: { id: string; title: LocalisedText };
  session: SessionSummary;
  nextMeeting: Meeting | null;
  /** The next meeting is on today's date in the session's time zone (check-in is offered). */
  nextMeetingToday: boolean;
  progress: Progress;
}

export interface EnrolPersonRequest {
  personId: string;
}

/** A coordinator withdraws someone from a session; the reason is audited and mailed to them. */
export interface WithdrawEnrolmentRequest {
  reason: string;
}

export const IMPORT_OUTCOMES = ['enrolled', 'waitlisted', 'already_enrolled', 'rejected'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/**
 * Why a row was not imported, as a code the portal words as `import.reasons.<code>` with
 * `reasonParams` (the value found, the values allowed, the status held).
 */
export const IMPORT_ROW_REASONS = [
  'email_invalid',
  'full_name_missing',
  'gender_invalid',
  'language_invalid',
  'country_invalid',
  'already_in',
] as const;
export type ImportRowReason = (typeof IMPORT_ROW_REASONS)[number];

export interface ImportRowReport {
  /** Line in the file, counting the header as line 1. */
  row: number;
  email: string;
  outcome: ImportOutcome;
  /** The reason in English, for API clients and logs; the portal shows `reasonCode`. */
  reason?: string;
  reasonCode?: ImportRowReason;
  reasonParams?: Record<string, string>;
  createdAccount?: boolean;
  createdOrganisation?: boolean;
}

export interface ImportJob {
  id: string;
  sessionId: string;
  fileName: string;
  status: 'running' | 'finished' | 'failed';
  total: number;
  processed: number;
  rows: ImportRowReport[];
  /** Why a whole file was refused (unreadable, no header, missing columns). */
  error: string | null;
}

export interface StartImportRequest {
  fileName: string;
  /** The CSV or XLSX file, base64-encoded. */
  contentBase64: string;
}

/** Columns of an enrolment import file (first row). */
export const IMPORT_COLUMNS = [
  'email',
  'full_name',
  'organisation',
  'province',
  'country',
  'gender',
  'language',
] as const;
