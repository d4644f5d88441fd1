import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JWK } from 'jose';
import { DataSource, EntityManager } from 'typeorm';
import type { LocalisedText } from '@atolye/shared';
import { ADVISORY_LOCKS } from '../database/advisory-lock';

export interface StoredKey {
  kid: string;
  publicJwk: JWK;
  privatePem: string | null;
}

/** What a credential says about its certificate, read from the certificate and its session. */
export interface CredentialFacts {
  certificateId: string;
  serial: string;
  holderName: string;
  email: string;
  trainingId: string;
  trainingTitle: LocalisedText;
  sessionTitle: string;
  startsOn: string | null;
  endsOn: string | null;
  place: string;
  hours: number;
  modules: { title: LocalisedText; version: string }[];
  issuedAt: Date;
  status: 'valid' | 'revoked';
  revokedAt: Date | null;
}

export interface StoredCredential {
  certificateId: string;
  statusIndex: number;
  jwt: string;
}

/** The only place that reads and writes the credential tables. */
@Injectable()
export class CredentialsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async keys(): Promise<StoredKey[]> {
    const rows = await this.db.query(
      'SELECT kid, public_jwk, private_pem FROM credential_signing_keys ORDER BY created_at DESC, kid',
    );
    return rows.map((r: { kid: string; public_jwk: JWK; private_pem: string | null }) => ({
      kid: r.kid,
      publicJwk: r.public_jwk,
      privatePem: r.private_pem,
    }));
  }

  /**
   * The newest key that can sign, or the one `create` makes, under a transaction-scoped advisory
   * lock so two instances starting together make one key between them.
   */
  newestSigningKeyOrCreate(create: () => Promise<StoredKey>): Promise<StoredKey> {
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.credentialKey]);
      const [row] = await manager.query(
        `SELECT kid, public_jwk, private_pem FROM credential_signing_keys
          WHERE private_pem IS NOT NULL ORDER BY created_at DESC, kid LIMIT 1`,
      );
      if (row) return { kid: row.kid, publicJwk: row.public_jwk, privatePem: row.private_pem };
      const key = await create();
      await this.saveKey(manager, key);
      return key;
    });
  }

  /** A key given by configuration: only its public half is kept, for verifying later. */
  async savePublicKey(key: StoredKey): Promise<void> {
    await this.saveKey(this.db.manager, { ...key, privatePem: null });
  }

  private async saveKey(manager: EntityManager, key: StoredKey): Promise<void> {
    await manager.query(
      `INSERT INTO credential_signing_keys (kid, public_jwk, private_pem) VALUES ($1, $2, $3)
       ON CONFLICT (kid) DO NOTHING`,
      [key.kid, JSON.stringify(key.publicJwk), key.privatePem],
    );
  }

  async facts(manager: EntityManager, certificateIds: string[]): Promise<CredentialFacts[]> {
    const rows = await manager.query(
      `SELECT c.id, c.serial, c.holder_name, p.email, s.training_id, c.training_title, c.session_title,
              to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on,
              c.place, c.hours, c.modules, c.issued_at, c.status, c.revoked_at
         FROM certificates c
         JOIN people p ON p.id = c.person_id
         JOIN sessions s ON s.id = c.session_id
        WHERE c.id = ANY($1::uuid[])
        ORDER BY c.serial`,
      [certificateIds],
    );
    return rows.map((r: Record<string, never>) => ({
      certificateId: r['id'],
      serial: r['serial'],
      holderName: r['holder_name'],
      email: r['email'],
      trainingId: r['training_id'],
      trainingTitle: r['training_title'],
      sessionTitle: r['session_title'],
      startsOn: r['starts_on'],
      endsOn: r['ends_on'],
      place: r['place'],
      hours: Number(r['hours']),
      modules: r['modules'],
      issuedAt: r['issued_at'],
      status: r['status'],
      revokedAt: r['revoked_at'],
    }));
  }

  /** `count` fresh places in the status list, in order. */
  async nextStatusIndexes(manager: EntityManager, count: number): Promise<number[]> {
    const rows: { i: string }[] = await manager.query(
      `SELECT nextval('credential_status_index_seq') AS i FROM generate_series(1, $1)`,
      [count],
    );
    return rows.map((r) => Number(r.i)).sort((a, b) => a - b);
  }

  /** Stores credentials in one statement; one already stored for a certificate is kept. */
  async insert(manager: EntityManager, kid: string, credentials: StoredCredential[]): Promise<void> {
    if (!credentials.length) return;
    await manager.query(
      `INSERT INTO certificate_credentials (certificate_id, status_index, kid, jwt)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[])
       ON CONFLICT (certificate_id) DO NOTHING`,
      [
        credentials.map((c) => c.certificateId),
        credentials.map((c) => c.statusIndex),
        credentials.map(() => kid),
        credentials.map((c) => c.jwt),
      ],
    );
  }

  async findByCertificate(certificateId: string): Promise<StoredCredential | null> {
    const [row] = await this.db.query(
      'SELECT certificate_id, status_index, jwt FROM certificate_credentials WHERE certificate_id = $1',
      [certificateId],
    );
    return row ? { certificateId: row.certificate_id, statusIndex: row.status_index, jwt: row.jwt } : null;
  }

  /** The certificate's owner, or null when there is no such certificate. */
  async holderOf(certificateId: string): Promise<string | null> {
    const [row] = await this.db.query('SELECT person_id FROM certificates WHERE id = $1', [certificateId]);
    return row?.person_id ?? null;
  }

  /** Status-list places of revoked certificates' credentials, within one list's range. */
  async revokedIndexes(from: number, to: number): Promise<number[]> {
    const rows: { status_index: number }[] = await this.db.query(
      `SELECT cc.status_index FROM certificate_credentials cc JOIN certificates c ON c.id = cc.certificate_id
        WHERE c.status = 'revoked' AND cc.status_index >= $1 AND cc.status_index < $2`,
      [from, to],
    );
    return rows.map((r) => r.status_index);
  }

  /** Changes whenever a certificate with a credential in the range is revoked: the list's cache key. */
  async revocationStamp(from: number, to: number): Promise<string> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n, coalesce(max(c.revoked_at)::text, '') AS latest
         FROM certificate_credentials cc JOIN certificates c ON c.id = cc.certificate_id
        WHERE c.status = 'revoked' AND cc.status_index >= $1 AND cc.status_index < $2`,
      [from, to],
    );
    return `${row.n}:${row.latest}`;
  }
}
