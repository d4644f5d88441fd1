import type { Language } from './languages';

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'kept'] as const;
/** `kept`: stored only, as no SMTP server is configured; `sending`: claimed by a sender right now. */
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const MAIL_KINDS = [
  'password_reset',
  'enrolment_approved',
  'enrolment_rejected',
  'enrolment_withdrawn',
  'waitlist_promoted',
  'certificate_issued',
  'registration_confirm',
  'registration_existing',
  'invitation',
  'enrolment_confirmed',
  'meeting_reminder',
  'evaluation_open',
  'trainer_roster',
  'coordinator_digest',
  'certificate_revoked',
  'certificate_reissued',
  'quiz_closing',
  'follow_up_due',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * Stands in a stored mail for the secret in its link (a password-reset or confirmation token).
 * The secret itself is never stored with the mail: the sender puts it in as the mail goes out.
 */
export const HIDDEN_SECRET = '••••••••';

/** A mail in the outbox list. */
export interface MailSummary {
  id: string;
  kind: MailKind;
  recipient: string;
  language: Language;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  /** The mail carries a link only its recipient receives; the stored copy shows it as HIDDEN_SECRET. */
  secretLink: boolean;
  createdAt: string;
  sentAt: string | null;
}

/** One mail with its bodies (the HTML one as it was sent: escaped, for reading as source). */
export interface MailDetail extends MailSummary {
  textBody: string;
  htmlBody: string;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}

/** The one answer to every well-formed reset request, whether or not the account exists. */
export interface PasswordResetAccepted {
  message: string;
}
