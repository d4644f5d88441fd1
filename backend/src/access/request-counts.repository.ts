import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Requests counted per key and one-minute window in `rate_limits`, shared by every API instance. */
@Injectable()
export class RequestCountsRepository {
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
