import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { claimAttempt, type AttemptLimits } from './recent-attempts.repository';

export interface ResetTokenRow {
  id: string;
  personId: string;
  expired: boolean;
  used: boolean;
}

@Injectable()
export class PasswordResetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records a request if the email and the client address are both below their limits; null otherwise. */
  claimRequest(email: string, address: string, limits: AttemptLimits): Promise<string | null> {
    return claimAttempt(this.db, 'password_reset_requests', email, address, limits);
  }

  async createToken(
    manager: EntityManager,
    personId: string,
    tokenHash: string,
    validMinutes: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO password_reset_tokens (token_hash, person_id, expires_at)
       VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [tokenHash, personId, validMinutes],
    );
  }

  /** The token with this hash, locked until the transaction ends, so it can be used only once. */
  async lockToken(manager: EntityManager, tokenHash: string): Promise<ResetTokenRow | null> {
    const [row] = await manager.query(
      `SELECT id, person_id, expires_at <= now() AS expired, used_at IS NOT NULL AS used
         FROM password_reset_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return row ? { id: row.id, personId: row.person_id, expired: row.expired, used: row.used } : null;
  }

  /** Marks every unused link of the person used: the one just followed and any older ones. */
  async useAllOf(manager: EntityManager, personId: string): Promise<void> {
    await manager.query(
      'UPDATE password_reset_tokens SET used_at = now() WHERE person_id = $1 AND used_at IS NULL',
      [personId],
    );
  }
}
