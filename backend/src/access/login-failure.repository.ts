import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { claimAttempt, countRecentAttempts, type AttemptLimits } from './recent-attempts.repository';

/**
 * Sign-in attempts counted for throttling. An attempt is recorded (claimed) before its password is
 * checked and counts as a failure unless it is released: by a right password, a reset or an admin.
 */
@Injectable()
export class LoginFailureRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Failures in the window for this account and for this address, in one round trip. */
  countRecent(
    email: string,
    address: string,
    windowMinutes: number,
  ): Promise<{ account: number; address: number }> {
    return countRecentAttempts(this.db, 'login_failures', email, address, windowMinutes);
  }

  /**
   * Until when the account is throttled, or null: the limit's newest failure leaves the window then,
   * and the count drops below the limit.
   */
  async lockedUntil(email: string, windowMinutes: number, maxPerAccount: number): Promise<Date | null> {
    const [row] = await this.db.query(
      `SELECT at + make_interval(mins => $2) AS until FROM login_failures
        WHERE email = $1 AND at > now() - make_interval(mins => $2)
        ORDER BY at DESC OFFSET $3 - 1 LIMIT 1`,
      [email, windowMinutes, maxPerAccount],
    );
    return row?.until ?? null;
  }

  /** Records an attempt if the account and the address are both below their limits; null otherwise. */
  claim(email: string, address: string, limits: AttemptLimits): Promise<string | null> {
    return claimAttempt(this.db, 'login_failures', email, address, limits);
  }

  /** Takes back a claimed attempt that turned out not to be a failure. */
  async release(id: string): Promise<void> {
    await this.db.query('DELETE FROM login_failures WHERE id = $1', [id]);
  }

  /** Forgets the account's failures (from every address), in the caller's transaction if given. */
  async clearAccount(email: string, manager?: EntityManager): Promise<number> {
    const [, count] = await (manager ?? this.db).query('DELETE FROM login_failures WHERE email = $1', [
      email,
    ]);
    return count;
  }

  async deleteOlderThan(windowMinutes: number): Promise<void> {
    await this.db.query('DELETE FROM login_failures WHERE at <= now() - make_interval(mins => $1)', [
      windowMinutes,
    ]);
  }
}
