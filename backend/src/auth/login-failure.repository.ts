import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { countRecentAttempts } from './recent-attempts';

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

  async record(email: string, address: string): Promise<void> {
    await this.db.query('INSERT INTO login_failures (email, address) VALUES ($1, $2)', [email, address]);
  }

  async clearAccount(email: string): Promise<void> {
    await this.db.query('DELETE FROM login_failures WHERE email = $1', [email]);
  }

  async deleteOlderThan(windowMinutes: number): Promise<void> {
    await this.db.query('DELETE FROM login_failures WHERE at <= now() - make_interval(mins => $1)', [
      windowMinutes,
    ]);
  }
}
