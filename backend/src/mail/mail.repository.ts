import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language, LocalisedText, MailKind, MailStatus } from '@atolye/shared';
import { likePattern } from '../common/pagination.dto';
import { MailOutboxEntity } from './mail-outbox.entity';

export interface NewMail {
  kind: MailKind;
  recipient: string;
  language: Language;
  subject: string;
  /** The bodies, with HIDDEN_SECRET where `secret` goes. */
  text: string;
  html: string;
  /** The secret of the mail's link: handed to the sender, never stored. */
  secret?: string;
  /** An iCalendar file to attach. */
  calendar?: string;
  /** The unsubscribe address of an optional mail, sent as its List-Unsubscribe header. */
  listUnsubscribe?: string;
}

/** A mail claimed for sending: what goes over the wire. */
export interface ClaimedMail {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  /** The bodies hold HIDDEN_SECRET, to be replaced by the secret the sender was handed. */
  secretLink: boolean;
  /** This attempt's number, counting from 1. */
  attempt: number;
  calendar: string | null;
  listUnsubscribe: string | null;
}

/** Who a notification goes to, with what it is about. */
export interface Recipient {
  email: string;
  fullName: string;
  language: Language;
}

export interface EnrolmentRecipient extends Recipient {
  personId: string;
  enrolmentId: string;
  status: string;
  sessionTitle: string;
  trainingTitle: LocalisedText;
  /** The session's first meeting still to come, and the zone it happens in. */
  nextMeeting: { startsAt: Date; endsAt: Date } | null;
  timeZone: string;
  sessionId: string;
  venue: string | null;
  meetingLink: string | null;
}

export const SECRET_LOST =
  'Not sent: the secret link of this mail was kept only in memory and was lost when the server stopped before sending it. The recipient can ask for a new link.';

@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One statement however many mails (a run of reminders stores thousands); ids are made here. */
  async insertMany(manager: EntityManager, mails: NewMail[]): Promise<string[]> {
    if (!mails.length) return [];
    const ids = mails.map(() => randomUUID());
    const column = <T>(pick: (mail: NewMail) => T) => mails.map(pick);
    await manager.query(
      `INSERT INTO mail_outbox (id, kind, recipient, language, subject, text_body, html_body, secret_link, calendar, list_unsubscribe)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[], $10::text[])`,
      [
        ids,
        column((m) => m.kind),
        column((m) => m.recipient),
        column((m) => m.language),
        column((m) => m.subject),
        column((m) => m.text),
        column((m) => m.html),
        column((m) => m.secret !== undefined),
        column((m) => m.calendar ?? null),
        column((m) => m.listUnsubscribe ?? null),
      ],
    );
    return ids;
  }

  /**
   * Takes a queued mail for one sending attempt. Only one caller can win the row, so a mail
   * dispatched twice (a retried job, the sweeper, two workers) is still sent once.
   */
  async claim(id: string): Promise<ClaimedMail | null> {
    const [rows] = await this.db.query(
      `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1
        WHERE id = $1 AND status = 'queued'
        RETURNING id, recipient, subject, text_body, html_body, secret_link, attempts, calendar, list_unsubscribe`,
      [id],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          recipient: row.recipient,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body,
          secretLink: row.secret_link,
          attempt: row.attempts,
          calendar: row.calendar,
          listUnsubscribe: row.list_unsubscribe,
        }
      : null;
  }

  /** Without an SMTP server a queued mail is kept for reading in the outbox; true if it was queued. */
  async keep(id: string): Promise<boolean> {
    const [, count] = await this.db.query(
      `UPDATE mail_outbox SET status = 'kept' WHERE id = $1 AND status = 'queued'`,
      [id],
    );
    return count > 0;
  }

  async keepAll(ids: string[]): Promise<void> {
    await this.db.query(
      `UPDATE mail_outbox SET status = 'kept' WHERE id = ANY($1::uuid[]) AND status = 'queued'`,
      [ids],
    );
  }

  async markSent(id: string): Promise<void> {
    await this.db.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  /**
   * A mail whose secret is gone (it was held in memory by a process that stopped before sending
   * it) is not sent with a dead link: it is failed with a reason, and its recipient asks again.
   */
  async markSecretLost(id: string): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET status = 'failed', last_error = $2 WHERE id = $1`, [
      id,
      SECRET_LOST,
    ]);
  }

  /** Records a failed attempt: queued again after `retryInSeconds`, or failed after the last one. */
  async markAttemptFailed(
    id: string,
    error: string,
    maxAttempts: number,
    retryInSeconds: number,
  ): Promise<MailStatus> {
    const [rows] = await this.db.query(
      `UPDATE mail_outbox
          SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'queued' END,
              last_error = $2,
              next_attempt_at = now() + make_interval(secs => $4)
        WHERE id = $1
        RETURNING status`,
      [id, error.slice(0, 1000), maxAttempts, retryInSeconds],
    );
    return rows[0].status;
  }

  /** Queued mails whose attempt is overdue by `graceSeconds`: left behind by a crash or a lost job. */
  async overdue(graceSeconds: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM mail_outbox
        WHERE status = 'queued' AND next_attempt_at < now() - make_interval(secs => $1)
        ORDER BY next_attempt_at LIMIT $2`,
      [graceSeconds, limit],
    );
    return rows.map((row) => row.id);
  }

  async page(
    page: number,
    pageSize: number,
    recipient?: string,
  ): Promise<{ items: MailOutboxEntity[]; total: number }> {
    const query = this.db
      .getRepository(MailOutboxEntity)
      .createQueryBuilder('mail')
      .orderBy('mail.createdAt', 'DESC')
      .addOrderBy('mail.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (recipient) query.where('mail.recipient ILIKE :pattern', { pattern: likePattern(recipient) });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  /** The people behind these enrolments, read in the caller's transaction; disabled accounts get no mail. */
  async enrolmentRecipients(manager: EntityManager, enrolmentIds: string[]): Promise<EnrolmentRecipient[]> {
    if (!enrolmentIds.length) return [];
    const rows = await manager.query(
      `SELECT e.id, e.status, e.person_id, p.email, p.full_name, p.language, s.title AS session_title, t.title AS training_title,
              s.time_zone, s.id AS session_id, s.venue, s.meeting_link, m.starts_at, m.ends_at
         FROM enrolments e
         JOIN people p ON p.id = e.person_id
         JOIN sessions s ON s.id = e.session_id
         JOIN trainings t ON t.id = s.training_id
         LEFT JOIN LATERAL (SELECT starts_at, ends_at FROM meetings
                             WHERE session_id = s.id AND ends_at > now() ORDER BY starts_at LIMIT 1) m ON true
        WHERE e.id = ANY($1::uuid[]) AND NOT p.disabled`,
      [enrolmentIds],
    );
    return rows.map((row: Record<string, never>) => ({
      personId: row['person_id'],
      enrolmentId: row['id'],
      status: row['status'],
      email: row['email'],
      fullName: row['full_name'],
      language: row['language'],
      sessionTitle: row['session_title'],
      trainingTitle: row['training_title'],
      nextMeeting: row['starts_at'] ? { startsAt: row['starts_at'], endsAt: row['ends_at'] } : null,
      timeZone: row['time_zone'],
      sessionId: row['session_id'],
      venue: row['venue'],
      meetingLink: row['meeting_link'],
    }));
  }

  /** Enabled people by id, read in the caller's transaction. */
  async recipients(manager: EntityManager, personIds: string[]): Promise<Map<string, Recipient>> {
    if (!personIds.length) return new Map();
    const rows: { id: string; email: string; full_name: string; language: Language }[] = await manager.query(
      'SELECT id, email, full_name, language FROM people WHERE id = ANY($1::uuid[]) AND NOT disabled',
      [personIds],
    );
    return new Map(
      rows.map((row) => [row.id, { email: row.email, fullName: row.full_name, language: row.language }]),
    );
  }

  findById(id: string): Promise<MailOutboxEntity | null> {
    return this.db.getRepository(MailOutboxEntity).findOne({ where: { id } });
  }
}
