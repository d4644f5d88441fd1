import type { LocalisedText } from './languages';

/** Mails a person may switch off on their profile; each carries an unsubscribe link. */
export const OPTIONAL_MAIL_KINDS = [
  'meeting_reminder',
  'evaluation_open',
  'trainer_roster',
  'coordinator_digest',
  'quiz_closing',
  'follow_up_due',
] as const;
export type OptionalMailKind = (typeof OPTIONAL_MAIL_KINDS)[number];

/** The events shown under the portal's bell (the same events people are mailed about). */
export const NOTICE_KINDS = [
  'enrolment_confirmed',
  'enrolment_approved',
  'enrolment_waitlisted',
  'enrolment_rejected',
  'waitlist_promoted',
  'certificate_issued',
  'certificate_revoked',
  'certificate_reissued',
  ...OPTIONAL_MAIL_KINDS,
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What the portal needs to word a notification in the reader's language. */
export interface NoticeParams {
  trainingTitle?: LocalisedText;
  sessionTitle?: string;
  /** A meeting's start and end, and its zone. */
  startsAt?: string;
  endsAt?: string;
  timeZone?: string;
  topic?: string;
  count?: number;
  serial?: string;
  /** A quiz's title and when the session closes it (quiz closing soon). */
  quizTitle?: LocalisedText;
  closesAt?: string;
  /** A follow-up survey's wave, in months after the session. */
  wave?: number;
  /** Why a certificate was revoked. */
  reason?: string;
}

export interface NotificationItem {
  id: string;
  kind: NoticeKind;
  params: NoticeParams;
  /** The portal page where it is followed up. */
  link: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  unread: number;
  items: NotificationItem[];
}

/** The optional mails a person receives (profile). */
export interface MailPreferences {
  optedOut: OptionalMailKind[];
}
