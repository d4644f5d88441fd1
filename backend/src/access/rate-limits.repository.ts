import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A counter's count in the current window, this attempt included, and the seconds left in it. */
export interface RateLimitCount {
  key: string;
  count: number;
  retry_after: number;
}

/** The start of the current fixed window, `$2` seconds long and aligned on the epoch. */
const WINDOW_START = 'to_timestamp(floor(extract(epoch FROM now()) / $2) * $2)';

/**
 * Adds one to each counter in the current window, in one statement (a counter's first attempt
 * in a window creates its row), and answers the counts.
 */
export function countAttempt(
  db: DataSource,
  keys: string[],
  windowSeconds: number,
): Promise<RateLimitCount[]> {
  return db.query(
    `INSERT INTO rate_limits (key, window_start, count)
     SELECT key, ${WINDOW_START}, 1 FROM unnest($1::text[]) AS key
     ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
     RETURNING key, count, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after`,
    [keys, windowSeconds],
  );
}

/** Takes one back from each counter in the current window. */
export async function uncountAttempt(db: DataSource, keys: string[], windowSeconds: number): Promise<void> {
  await db.query(
    `UPDATE rate_limits SET count = count - 1
      WHERE key = ANY($1::text[]) AND window_start = ${WINDOW_START}`,
    [keys, windowSeconds],
  );
}

/** Requests counted per key and one-minute window in `rate_limits`, shared by every API instance. */
@Injectable()
export class RateLimitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts one more request under the key in the current minute; answers the minute's count so far. */
  async countInThisMinute(key: string): Promise<number> {
    const [row] = await this.db.query(
      `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
       RETURNING count`,
      [key],
    );
    return row.count;
  }

  async forgetWindowsOlderThanAnHour(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 hour'`);
  }
}
