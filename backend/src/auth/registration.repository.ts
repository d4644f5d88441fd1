import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Gender, Language } from '@atolye/shared';
import { claimAttempt, type AttemptLimits } from '../access/recent-attempts.repository';

export interface PendingRegistration {
  email: string;
  fullName: string;
  passwordHash: string;
  language: Language;
  gender: Gender;
  organisationId: string;
}

export interface PendingRegistrationRow extends Omit<PendingRegistration, 'organisationId'> {
  id: string;
  organisationId: string | null;
  expired: boolean;
  used: boolean;
}

/** Registrations waiting for their address to be confirmed, and registration requests counted for throttling. */
@Injectable()
export class RegistrationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records a request if the email and the client address are both below their limits; null otherwise. */
  claimRequest(email: string, address: string, limits: AttemptLimits): Promise<string | null> {
    return claimAttempt(this.db, 'registration_requests', email, address, limits);
  }

  async createPending(
    manager: EntityManager,
    registration: PendingRegistration,
    tokenHash: string,
    validHours: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO pending_registrations
         (token_hash, email, full_name, password_hash, language, gender, organisation_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(hours => $8))`,
      [
        tokenHash,
        registration.email,
        registration.fullName,
        registration.passwordHash,
        registration.language,
        registration.gender,
        registration.organisationId,
        validHours,
      ],
    );
  }

  /** The pending registration with this token hash, locked until the transaction ends, so it opens one account. */
  async lockPending(manager: EntityManager, tokenHash: string): Promise<PendingRegistrationRow | null> {
    const [row] = await manager.query(
      `SELECT id, email, full_name, password_hash, language, gender, organisation_id,
              expires_at <= now() AS expired, used_at IS NOT NULL AS used
         FROM pending_registrations WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return row
      ? {
          id: row.id,
          email: row.email,
          fullName: row.full_name,
          passwordHash: row.password_hash,
          language: row.language,
          gender: row.gender,
          organisationId: row.organisation_id,
          expired: row.expired,
          used: row.used,
        }
      : null;
  }

  /** Every pending registration of this address ends once one of them has opened the account. */
  async useAllFor(manager: EntityManager, email: string): Promise<void> {
    await manager.query(
      'UPDATE pending_registrations SET used_at = now() WHERE email = $1 AND used_at IS NULL',
      [email],
    );
  }
}
