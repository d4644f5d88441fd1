import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Language, LocalisedText } from '@atolye/shared';
import { CertificateEntity } from './certificate.entity';

export interface LockedCertificate {
  id: string;
  serial: string;
  holder_name: string;
  status: 'valid' | 'revoked';
  enrolment_id: string;
}

/** What a certificate prints about its holder's enrolment, and where its template comes from. */
export interface CertificateFacts {
  enrolmentId: string;
  personId: string;
  sessionId: string;
  trainingId: string;
  holderName: string;
  trainingTitle: LocalisedText;
  sessionTitle: string;
  languages: Language[];
  startsOn: string | null;
  endsOn: string | null;
  place: string;
  hours: number;
  modules: { title: LocalisedText; version: string }[];
}

interface FactsRow {
  enrolment_id: string;
  person_id: string;
  session_id: string;
  training_id: string;
  full_name: string;
  training_title: LocalisedText;
  languages: Language[];
  session_title: string;
  city: string;
  mode: string;
  starts_on: string | null;
  ends_on: string | null;
  hours: string;
  modules: CertificateFacts['modules'] | null;
}

@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<CertificateEntity | null> {
    return this.db.getRepository(CertificateEntity).findOne({ where: { id } });
  }

  findByCode(code: string): Promise<CertificateEntity | null> {
    return this.db.getRepository(CertificateEntity).findOne({ where: { verificationCode: code } });
  }

  findBySha256(sha256: string): Promise<CertificateEntity | null> {
    return this.db.getRepository(CertificateEntity).findOne({ where: { sha256 } });
  }

  ofSession(sessionId: string): Promise<CertificateEntity[]> {
    return this.db
      .getRepository(CertificateEntity)
      .find({ where: { sessionId }, order: { issuedAt: 'ASC' } });
  }

  ofPerson(personId: string): Promise<CertificateEntity[]> {
    return this.db
      .getRepository(CertificateEntity)
      .find({ where: { personId }, order: { issuedAt: 'DESC' } });
  }

  async sessionOfEnrolment(enrolmentId: string): Promise<string | null> {
    const [enrolment] = await this.db.query('SELECT session_id FROM enrolments WHERE id = $1', [enrolmentId]);
    return enrolment?.session_id ?? null;
  }

  /** The trainers of a session, or null where there is no such session. */
  async trainersOfSession(sessionId: string): Promise<string[] | null> {
    const [session] = await this.db.query('SELECT trainer_ids FROM sessions WHERE id = $1', [sessionId]);
    return session?.trainer_ids ?? null;
  }

  async trainingForPreview(
    trainingId: string,
  ): Promise<{ id: string; title: LocalisedText; languages: Language[] } | null> {
    const [training] = await this.db.query('SELECT id, title, languages FROM trainings WHERE id = $1', [
      trainingId,
    ]);
    return training ?? null;
  }

  /** Holds the enrolment for the rest of the transaction, so two issues of it run one after the other. */
  async lockEnrolment(manager: EntityManager, enrolmentId: string): Promise<void> {
    await manager.query('SELECT id FROM enrolments WHERE id = $1 FOR UPDATE', [enrolmentId]);
  }

  /**
   * Holds the enrolments in one order, so two runs over overlapping enrolments cannot deadlock. NO
   * KEY UPDATE still waits for a single issue (FOR UPDATE) and another chunk, but not for rows that
   * merely refer to these enrolments (attendance, progress), which a chunk would otherwise hold up.
   */
  async lockEnrolmentsForIssue(manager: EntityManager, enrolmentIds: string[]): Promise<void> {
    await manager.query(
      'SELECT id FROM enrolments WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE',
      [enrolmentIds],
    );
  }

  async hasValid(manager: EntityManager, enrolmentId: string): Promise<boolean> {
    const [existing] = await manager.query(
      `SELECT id FROM certificates WHERE enrolment_id = $1 AND status = 'valid'`,
      [enrolmentId],
    );
    return !!existing;
  }

  /** Of these enrolments, those holding any certificate, and whether one of them is valid. */
  held(manager: EntityManager, enrolmentIds: string[]): Promise<{ enrolment_id: string; valid: boolean }[]> {
    return manager.query(
      `SELECT enrolment_id, bool_or(status = 'valid') AS valid FROM certificates
        WHERE enrolment_id = ANY($1::uuid[]) GROUP BY enrolment_id`,
      [enrolmentIds],
    );
  }

  /** The certificate, held for the rest of the transaction. */
  async lockForChange(manager: EntityManager, id: string): Promise<LockedCertificate | null> {
    const [certificate] = await manager.query(
      'SELECT id, serial, holder_name, status, enrolment_id FROM certificates WHERE id = $1 FOR UPDATE',
      [id],
    );
    return certificate ?? null;
  }

  async markRevoked(manager: EntityManager, id: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE certificates SET status = 'revoked', revoked_at = now(), revoked_reason = $2 WHERE id = $1`,
      [id, reason],
    );
  }

  /** The next serial of the year, e.g. ATL-2026-000042; the row lock keeps numbers sequential. */
  async nextSerial(manager: EntityManager, year: number): Promise<string> {
    const [serial] = await this.nextSerials(manager, year, 1);
    return serial;
  }

  /**
   * The next `count` serials of the year, in order and without gaps, taken in one statement;
   * the row lock, held to the end of the transaction, keeps numbers sequential.
   */
  async nextSerials(manager: EntityManager, year: number, count: number): Promise<string[]> {
    const [row] = await manager.query(
      `INSERT INTO certificate_serials (year, last) VALUES ($1, $2::int)
       ON CONFLICT (year) DO UPDATE SET last = certificate_serials.last + $2::int
       RETURNING last`,
      [year, count],
    );
    const first = Number(row.last) - count + 1;
    return Array.from({ length: count }, (_, i) => `ATL-${year}-${String(first + i).padStart(6, '0')}`);
  }

  /** What a certificate states about an enrolment, read in the issuing transaction. */
  async facts(manager: EntityManager, enrolmentId: string): Promise<CertificateFacts | null> {
    const [facts] = await this.factsOf(manager, [enrolmentId]);
    return facts ?? null;
  }

  /** What the certificates of several enrolments state, in one query; unknown ids are left out. */
  async factsOf(manager: EntityManager, enrolmentIds: string[]): Promise<CertificateFacts[]> {
    const rows: FactsRow[] = await manager.query(
      `SELECT e.id AS enrolment_id, e.person_id, s.id AS session_id, t.id AS training_id, p.full_name, t.title AS training_title, t.languages,
            s.title AS session_title, s.city, s.venue, s.mode,
            (SELECT to_char(min(m.starts_at) AT TIME ZONE s.time_zone, 'YYYY-MM-DD') FROM meetings m WHERE m.session_id = s.id) AS starts_on,
            (SELECT to_char(max(m.ends_at) AT TIME ZONE s.time_zone, 'YYYY-MM-DD') FROM meetings m WHERE m.session_id = s.id) AS ends_on,
            (SELECT coalesce(round(sum(extract(epoch FROM m.ends_at - m.starts_at)) / 3600.0 * 2) / 2, 0) FROM meetings m WHERE m.session_id = s.id) AS hours,
            (SELECT jsonb_agg(jsonb_build_object('title', mv.title, 'version', mv.version) ORDER BY array_position(r.module_version_ids, mv.id))
               FROM module_versions mv WHERE mv.id = ANY(r.module_version_ids)) AS modules
       FROM enrolments e JOIN people p ON p.id = e.person_id JOIN sessions s ON s.id = e.session_id
       JOIN trainings t ON t.id = s.training_id JOIN training_revisions r ON r.id = e.training_revision_id
      WHERE e.id = ANY($1::uuid[])`,
      [enrolmentIds],
    );
    return rows.map((row) => ({
      enrolmentId: row.enrolment_id,
      personId: row.person_id,
      sessionId: row.session_id,
      trainingId: row.training_id,
      holderName: row.full_name,
      trainingTitle: row.training_title,
      sessionTitle: row.session_title,
      languages: row.languages,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      place: row.mode === 'online' ? 'Online' : row.city,
      hours: Number(row.hours),
      modules: row.modules ?? [],
    }));
  }

  /** Stores new certificates in one statement; the generated ids are filled in on the entities. */
  async insertMany(manager: EntityManager, certificates: CertificateEntity[]): Promise<void> {
    await manager.getRepository(CertificateEntity).insert(certificates);
  }
}
