import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { poolQuery } from '../database/pool-query';
import type { Gender, Language, Role } from '@atolye/shared';
import type { SignedInPerson } from './signed-in-person';

interface SessionRow {
  session_id: string;
  id: string;
  email: string;
  full_name: string;
  roles: Role[];
  language: Language;
  gender: Gender;
  organisation_id: string | null;
  organisation_name: string | null;
}

@Injectable()
export class AuthSessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(personId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.query('INSERT INTO auth_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, $3)', [
      tokenHash,
      personId,
      expiresAt,
    ]);
  }

  /**
   * The person behind a live session of an enabled account, read fresh on every request (so it
   * goes straight to the connection pool).
   */
  async findPerson(tokenHash: string): Promise<SignedInPerson | null> {
    const rows = await poolQuery<SessionRow>(
      this.db,
      `SELECT s.id AS session_id, p.id, p.email, p.full_name, p.roles, p.language, p.gender, p.organisation_id,
              o.name AS organisation_name
         FROM auth_sessions s JOIN people p ON p.id = s.person_id LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT p.disabled`,
      [tokenHash],
      'auth-session-person',
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      signInId: row.session_id,
      email: row.email,
      fullName: row.full_name,
      roles: row.roles,
      language: row.language,
      gender: row.gender,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
    };
  }

  async delete(signInId: string): Promise<void> {
    await this.db.query('DELETE FROM auth_sessions WHERE id = $1', [signInId]);
  }

  async deleteAllOf(personId: string, exceptSignInId?: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.db).query(
      'DELETE FROM auth_sessions WHERE person_id = $1 AND id IS DISTINCT FROM $2',
      [personId, exceptSignInId ?? null],
    );
  }

  async deleteExpired(): Promise<void> {
    await this.db.query('DELETE FROM auth_sessions WHERE expires_at <= now()');
  }
}
