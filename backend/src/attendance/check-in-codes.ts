import { createHmac, timingSafeEqual } from 'node:crypto';

/** A code is shown for this long, then replaced. */
export const CHECK_IN_PERIOD_SECONDS = 30;

export function windowOf(at: Date): number {
  return Math.floor(at.getTime() / 1000 / CHECK_IN_PERIOD_SECONDS);
}

/** Six digits derived from the meeting's secret and the time window (like an authenticator app). */
export function checkInCode(secret: string, window: number): string {
  const digest = createHmac('sha256', secret).update(String(window)).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/**
 * Accepts the code of the current window and of the one before it, so a code read just before
 * it changed still works; anything older is refused.
 */
export function isValidCheckInCode(secret: string, code: string, at: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const now = windowOf(at);
  return [now, now - 1].some((window) =>
    timingSafeEqual(Buffer.from(checkInCode(secret, window)), Buffer.from(code)),
  );
}
