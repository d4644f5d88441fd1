import type { DataSource } from 'typeorm';
import { countAttempt, uncountAttempt } from './rate-limits.repository';

/** One counter to claim an attempt on: its key in `rate_limits` and how many a window allows. */
export interface AttemptLimit {
  key: string;
  max: number;
}

export interface AttemptClaim {
  /** Every counter is within its limit, this attempt included. */
  allowed: boolean;
  /** Until the window of the counter that refused ends. */
  retryAfterSeconds: number;
  /** Gives the attempt back, for one that turned out not to count (a right answer). */
  release: () => Promise<void>;
}

/**
 * Counts an attempt on several counters at once, in one statement, before the attempt is judged:
 * parallel requests each see the counts that include the others, so a burst of guesses cannot
 * all be judged while the count still looks low. Windows are fixed (`windowSeconds` long,
 * aligned on the epoch) and shared by every API instance.
 */
export async function claimAttempt(
  db: DataSource,
  limits: AttemptLimit[],
  windowSeconds: number,
): Promise<AttemptClaim> {
  const keys = limits.map((l) => l.key);
  const rows = await countAttempt(db, keys, windowSeconds);
  const over = rows.filter((row) => row.count > (limits.find((l) => l.key === row.key)?.max ?? 0));
  return {
    allowed: over.length === 0,
    retryAfterSeconds: Math.max(1, ...over.map((row) => row.retry_after)),
    release: () => uncountAttempt(db, keys, windowSeconds),
  };
}
