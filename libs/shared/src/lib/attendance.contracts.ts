export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_METHODS = ['trainer', 'self_check_in'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

export interface AttendanceCell {
  status: AttendanceStatus;
  note: string | null;
  method: AttendanceMethod;
  markedAt: string;
}

/** One line of the sheet: an enrolled person, or a walk-in participant without an account. */
export interface AttendanceRow {
  enrolmentId: string | null;
  walkInId: string | null;
  fullName: string;
  organisation: string | null;
  /** Keyed by meeting id; a meeting not yet marked has no cell. */
  cells: Record<string, AttendanceCell>;
  /** Meetings attended (present or late). */
  attended: number;
  /** Attended over every planned meeting of the session, 0–100. */
  percent: number;
}

export interface AttendanceSheet {
  sessionId: string;
  /** The session's time zone, in which its meetings are shown. */
  timeZone: string;
  /** `marksOpenAt`: before it, a meeting takes only "excused" (an absence announced in advance). */
  meetings: { id: string; startsAt: string; endsAt: string; topic: string; marksOpenAt?: string }[];
  rows: AttendanceRow[];
}

export interface AttendanceMark {
  enrolmentId?: string;
  walkInId?: string;
  status: AttendanceStatus;
  note?: string | null;
}

export interface MarkMeetingRequest {
  marks: AttendanceMark[];
}

export interface AddWalkInRequest {
  meetingId: string;
  fullName: string;
  organisation?: string | null;
  email?: string | null;
}

export const WALK_IN_ORGANISATION_CHOICES = ['walk_in', 'account'] as const;
export type WalkInOrganisationChoice = (typeof WALK_IN_ORGANISATION_CHOICES)[number];

export interface MergeWalkInRequest {
  /** An existing account; without it, the walk-in's email finds or creates one. */
  personId?: string;
  /**
   * Whose organisation the account keeps when the one typed at the door differs from the
   * account's: asked for (409 `walkIn.organisationDiffers`) when not given. An account without
   * one always takes the walk-in's.
   */
  organisation?: WalkInOrganisationChoice;
}

export interface CheckInCode {
  meetingId: string;
  /** Six digits a trainee can type. */
  code: string;
  /** The portal address the QR code holds. */
  url: string;
  /** The QR code as an SVG image. */
  qrSvg: string;
  periodSeconds: number;
  /** When this code is replaced by the next one. */
  refreshAt: string;
  /** Whether check-in is open now (the meeting's time with the grace period around it). */
  open: boolean;
  opensAt: string;
  closesAt: string;
  /** The session's time zone, in which the window is shown. */
  timeZone: string;
}

export interface CheckInRequest {
  code: string;
  /** From the QR link; a typed code alone is matched against the caller's open meetings. */
  meetingId?: string;
}

export interface CheckInResult {
  meetingId: string;
  sessionTitle: string;
  topic: string;
  status: AttendanceStatus;
  /** True when an earlier check-in or the trainer had already recorded this meeting. */
  alreadyRecorded: boolean;
}

export interface CalendarFeed {
  url: string;
}
