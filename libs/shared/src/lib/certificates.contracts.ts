import type { Language, LocalisedText } from './languages';

export const COMPLETION_CRITERIA = ['attendance', 'lessons', 'quiz', 'post_test', 'evaluation'] as const;
export type CompletionCriterion = (typeof COMPLETION_CRITERIA)[number];

export interface CriterionResult {
  criterion: CompletionCriterion;
  /** For a quiz: "<module slug>/<quiz slug>". */
  label: string;
  met: boolean;
  /** What the person has, e.g. 75 (percent) — and what the rule asks for. */
  value: number | null;
  required: number | null;
  /** For a post-test not passed yet: attempts the trainee still has. */
  attemptsLeft?: number;
  /** For a post-test: its module's title, as the reader's language names it. */
  moduleTitle?: LocalisedText;
}

export interface EnrolmentCompletion {
  enrolmentId: string;
  personId: string;
  fullName: string;
  organisation: string | null;
  criteria: CriterionResult[];
  eligible: boolean;
  certificate: { id: string; serial: string; status: CertificateStatus } | null;
}

export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface CertificateSummary {
  id: string;
  serial: string;
  holderName: string;
  trainingTitle: LocalisedText;
  sessionTitle: string;
  languages: Language[];
  startsOn: string | null;
  endsOn: string | null;
  hours: number;
  issuedAt: string;
  status: CertificateStatus;
  revokedAt: string | null;
  revokedReason: string | null;
  replacesId: string | null;
  verificationCode: string;
  verificationUrl: string;
}

/** What anyone may learn about a certificate from its code — nothing more. */
export interface CertificateVerification {
  status: CertificateStatus;
  revokedAt: string | null;
  holderName: string;
  trainingTitle: LocalisedText;
  startsOn: string | null;
  endsOn: string | null;
  issuer: string;
  serial: string;
}

export interface IssueCertificateRequest {
  enrolmentId: string;
  /** Issue although a criterion is not met; the reason goes to the audit log. */
  overrideReason?: string;
}

export interface ReissueCertificateRequest {
  holderName: string;
  reason: string;
}

export interface RevokeCertificateRequest {
  reason: string;
}

export interface CertificateJob {
  id: string;
  sessionId: string;
  status: 'queued' | 'running' | 'finished' | 'failed';
  total: number;
  issued: number;
  skipped: number;
  error: string | null;
}

/** What a certificate's title says the holder did. */
export const CERTIFICATE_WORDINGS = ['completion', 'participation', 'attendance'] as const;
export type CertificateWording = (typeof CERTIFICATE_WORDINGS)[number];

/** Image types a logo or a signature may be uploaded as, and the largest file taken. */
export const CERTIFICATE_IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export const CERTIFICATE_IMAGE_MAX_BYTES = 300 * 1024;

/** A logo: the image as a `data:` URL and the organisation's name, read out as its alternative text. */
export interface CertificateLogo {
  image: string;
  name: string;
}

export interface CertificateSignatory {
  name: string;
  title: string;
  /** The signature as a `data:` URL, or null for a line to sign by hand. */
  signature: string | null;
}

/** How a training's certificates look: one per training, set by a coordinator. */
export interface CertificateTemplate {
  wording: CertificateWording;
  programmeLogo: CertificateLogo | null;
  partnerLogos: CertificateLogo[];
  /** One or two. */
  signatories: CertificateSignatory[];
  /** Print the EU emblem, "Funded by the European Union" and the standard disclaimer. */
  euFunded: boolean;
}

export interface CertificateTemplateView extends CertificateTemplate {
  trainingId: string;
  /** False while the training uses the programme's default template. */
  saved: boolean;
  updatedAt: string | null;
}
