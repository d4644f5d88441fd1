import type { Language } from '@atolye/shared/core';
// The error codes alone: the whole barrel would bring provinces and time zones to every page.
import { GENERAL_ERROR_CODES, type ApiErrorBody } from '@atolye/shared/errors';
import { NETWORK_ERROR_STATUS } from '../core/network-status';

/** What an error banner says: a translation key with its values, or the API's own words. */
export type ErrorWording =
  | { kind: 'key'; key: string; params?: Record<string, string | number> }
  | { kind: 'text'; text: string };

/**
 * Chooses the words for a failure in the reader's language: the page's own translated message
 * if it gives one, else the translation of the API's error code. A code given by status alone
 * ("not found") says less than the API's English message, so an English reader gets the
 * message. A failure with neither (offline, server down) gets a translated fallback.
 */
export function errorWording(
  failure: ApiErrorBody,
  language: Language,
  messageKey: string | null = null,
): ErrorWording {
  if (messageKey) return { kind: 'key', key: messageKey };
  const { code, message } = failure;
  const general = !code || (GENERAL_ERROR_CODES as readonly string[]).includes(code);
  if (code && !(general && message && language === 'en'))
    return { kind: 'key', key: `errors.code.${code}`, params: failure.params };
  if (message) return { kind: 'text', text: message };
  return {
    kind: 'key',
    key: failure.statusCode === NETWORK_ERROR_STATUS ? 'errors.network' : 'errors.unexpected',
  };
}
