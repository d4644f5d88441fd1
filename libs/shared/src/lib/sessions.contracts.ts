import type { Language, LocalisedText } from './languages';

export const SESSION_FORMATS = [
  'course',
  'workshop',
  'seminar',
  'study_visit',
  'conference',
  'webinar',
] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const SESSION_MODES = ['in_person', 'online', 'hybrid'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const ENROLMENT_POLICIES = ['automatic', 'approval'] as const;
export type EnrolmentPolicy = (typeof ENROLMENT_POLICIES)[number];

export interface Meeting {
  id: string;
  /** ISO 8601 in UTC; shown in the session's time zone, naming it. */
  startsAt: string;
  endsAt: string;
  topic: string;
  location: string | null;
}

export interface SessionSummary {
  id: string;
  trainingId: string;
  trainingTitle: LocalisedText;
  title: string;
  format: SessionFormat;
  mode: SessionMode;
  language: Language;
  venue: string | null;
  meetingLink: string | null;
  city: string;
  country: string;
  /** IANA zone the session happens in (its venue's); every time of it is shown in this zone. */
  timeZone: string;
  capacity: number;
  enrolledCount: number;
  waitlistCount: number;
  pendingCount: number;
  enrolmentOpensAt: string;
  enrolmentClosesAt: string;
  enrolmentPolicy: EnrolmentPolicy;
  /** Inside the enrolment window now. */
  enrolmentOpen: boolean;
  startsAt: string | null;
  endsAt: string | null;
  trainers: { id: string; fullName: string }[];
  revision: number;
  latestRevision: number;
}

export interface SessionDetail extends SessionSummary {
  meetings: Meeting[];
}

export interface SaveMeetingRequest {
  /** An existing meeting to keep (attendance stays with it); omit for a new one. */
  id?: string;
  startsAt: string;
  endsAt: string;
  topic: string;
  location?: string | null;
}

export interface SaveSessionRequest {
  trainingId: string;
  title: string;
  format: SessionFormat;
  mode: SessionMode;
  language: Language;
  venue?: string | null;
  meetingLink?: string | null;
  city: string;
  country: string;
  /**
   * IANA zone of the venue, e.g. Europe/Istanbul. Omitted: the zone of the country (when it has
   * one), or Europe/Istanbul for an online session.
   */
  timeZone?: string;
  capacity: number;
  enrolmentOpensAt: string;
  enrolmentClosesAt: string;
  enrolmentPolicy: EnrolmentPolicy;
  trainerIds: string[];
  meetings: SaveMeetingRequest[];
}
