import type { LocalisedText } from './languages';

/**
 * What checking an uploaded Open Badge credential found:
 * - `valid`: signed by this programme, unchanged, matching an issued certificate that stands;
 * - `revoked`: genuine, but the certificate was revoked (its status list bit is set);
 * - `tampered`: it names one of this programme's credentials but its content or signature was changed;
 * - `not_ours`: not signed by this programme, or no certificate here matches it.
 */
export const CREDENTIAL_CHECK_OUTCOMES = ['valid', 'revoked', 'tampered', 'not_ours'] as const;
export type CredentialCheckOutcome = (typeof CREDENTIAL_CHECK_OUTCOMES)[number];

export interface CredentialCheck {
  outcome: CredentialCheckOutcome;
  /** The certificate's facts, when the credential is this programme's and unchanged. */
  holderName: string | null;
  trainingTitle: LocalisedText | null;
  serial: string | null;
  issuedAt: string | null;
  revokedAt: string | null;
}

export interface CheckCredentialRequest {
  /** The credential file's text, as downloaded. */
  content: string;
}

/** A credential file is a few kilobytes; larger uploads are refused. */
export const CREDENTIAL_FILE_MAX_CHARS = 64_000;
