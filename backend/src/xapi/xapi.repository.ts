import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { XapiForwardingStatus } from '@atolye/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { XapiEvent } from './xapi-event';
import { XAPI_EVENT_COLUMNS, XAPI_EVENT_JOINS, XAPI_EVENTS_SQL } from './xapi-event-sql';

/** Days of the export filters are days in Türkiye, where the programme runs. */
const DAY_ZONE = 'Europe/Istanbul';

/**
 * A record written shortly before the cursor may commit after a later one was forwarded; a run
 * therefore looks this far behind the cursor, and the sent-records table keeps it from resending.
 */
export const FORWARDING_LOOKBACK = '7 days';

export interface XapiEventQuery {
  from?: string;
  to?: string;
  sessionId?: string;
}

/** The learning events behind the statements, and the forwarding state: SQL lives here only. */
@Injectable()
export class XapiRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The events in export order (time, kind, record), `pageSize` at a time, from one query read
   * through a cursor: one sort, one consistent snapshot, however many pages.
   */
  async *pages(query: XapiEventQuery, pageSize: number): AsyncGenerator<XapiEvent[]> {
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where: string[] = [];
    if (query.from) where.push(`ev.at >= (${param(query.from)}::date)::timestamp AT TIME ZONE '${DAY_ZONE}'`);
    if (query.to) where.push(`ev.at < (${param(query.to)}::date + 1)::timestamp AT TIME ZONE '${DAY_ZONE}'`);
    if (query.sessionId) where.push(`e.session_id = ${param(query.sessionId)}`);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(
        `DECLARE xapi_export NO SCROLL CURSOR FOR
         SELECT ${XAPI_EVENT_COLUMNS}
           FROM (${XAPI_EVENTS_SQL}) ev ${XAPI_EVENT_JOINS}
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY ev.at, ev.kind, ev.record_key`,
        values,
      );
      for (;;) {
        const events: XapiEvent[] = await runner.query(`FETCH ${Number(pageSize)} FROM xapi_export`);
        if (events.length > 0) yield events;
        if (events.length < pageSize) break;
      }
      await runner.commitTransaction();
    } finally {
      // Also when the download is broken off: the transaction (and its cursor) must not stay open.
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /** Events the LRS has not accepted yet, oldest record first, from a little before the cursor. */
  unsent(manager: EntityManager, cursor: Date | null, limit: number): Promise<XapiEvent[]> {
    return manager.query(
      `SELECT ${XAPI_EVENT_COLUMNS}
         FROM (${XAPI_EVENTS_SQL}) ev ${XAPI_EVENT_JOINS}
        WHERE ($1::timestamptz IS NULL OR ev.recorded_at >= $1::timestamptz - interval '${FORWARDING_LOOKBACK}')
          AND NOT EXISTS (SELECT 1 FROM xapi_forwarded f WHERE f.kind = ev.kind AND f.record_key = ev.record_key)
        ORDER BY ev.recorded_at, ev.kind, ev.record_key
        LIMIT $2`,
      [cursor, limit],
    );
  }

  /**
   * Takes the forwarding state for this run, or null when another process is forwarding now:
   * the row stays locked until the run's transaction ends, so two runs never send the same batch.
   */
  async lockState(manager: EntityManager): Promise<{ cursor: Date | null } | null> {
    await manager.query(`INSERT INTO xapi_forwarding (id) VALUES (1) ON CONFLICT (id) DO NOTHING`);
    const rows: { cursor: Date | null }[] = await manager.query(
      `SELECT cursor FROM xapi_forwarding WHERE id = 1 FOR UPDATE SKIP LOCKED`,
    );
    return rows[0] ?? null;
  }

  /** Records a batch the LRS accepted, and moves the cursor to its latest record. */
  async markSent(
    manager: EntityManager,
    sent: { kind: string; recordKey: string; statementId: string; recordedAt: Date }[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO xapi_forwarded (kind, record_key, statement_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[])
       ON CONFLICT DO NOTHING`,
      [sent.map((s) => s.kind), sent.map((s) => s.recordKey), sent.map((s) => s.statementId)],
    );
    const latest = new Date(Math.max(...sent.map((s) => new Date(s.recordedAt).getTime())));
    await manager.query(
      `UPDATE xapi_forwarding
          SET cursor = GREATEST(cursor, $1::timestamptz), sent_total = sent_total + $2,
              last_sent_at = now(), last_error = NULL, last_error_at = NULL
        WHERE id = 1`,
      [latest, sent.length],
    );
  }

  async markAttempt(manager: EntityManager, error: string | null): Promise<void> {
    await manager.query(
      `UPDATE xapi_forwarding
          SET last_attempt_at = now(),
              last_error = COALESCE($1, last_error), last_error_at = CASE WHEN $1::text IS NULL THEN last_error_at ELSE now() END
        WHERE id = 1`,
      [error],
    );
  }

  async status(): Promise<Omit<XapiForwardingStatus, 'enabled' | 'lrsUrl'>> {
    const rows: {
      sent_total: number;
      last_attempt_at: Date | null;
      last_sent_at: Date | null;
      last_error: string | null;
      last_error_at: Date | null;
    }[] = await this.db.query(`SELECT * FROM xapi_forwarding WHERE id = 1`);
    const row = rows[0];
    const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
    return {
      sentTotal: row?.sent_total ?? 0,
      lastAttemptAt: iso(row?.last_attempt_at),
      lastSentAt: iso(row?.last_sent_at),
      lastError: row?.last_error ?? null,
      lastErrorAt: iso(row?.last_error_at),
    };
  }
}
