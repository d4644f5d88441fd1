import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EnrolmentStatus } from '@atolye/shared';
import { EnrolmentEntity } from './enrolment.entity';

export const LIVE_STATUSES: EnrolmentStatus[] = ['pending', 'enrolled', 'waitlisted', 'completed'];

export interface EnrolmentRow {
  id: string;
  session_id: string;
  person_id: string;
  full_name: string;
  email: string;
  organisation: string | null;
  status: EnrolmentStatus;
  requested_at: Date;
  decided_at: Date | null;
  waitlist_position: number | null;
  completed_lessons: number;
  total_lessons: number;
}

@Injectable()
export class EnrolmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string, manager: EntityManager = this.db.manager): Promise<EnrolmentEntity | null> {
    return manager.getRepository(EnrolmentEntity).findOne({ where: { id } });
  }

  findLive(sessionId: string, personId: string, manager: EntityManager): Promise<EnrolmentEntity | null> {
    return manager
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .where('e.sessionId = :sessionId AND e.personId = :personId AND e.status IN (:...live)', {
        sessionId,
        personId,
        live: LIVE_STATUSES,
      })
      .getOne();
  }

  /**
   * A seat for someone who attended in person, whatever the capacity says: their live enrolment
   * made enrolled (a completed one stays completed), or a new one. Returns the enrolment's id.
   */
  async seatAttendee(
    manager: EntityManager,
    session: { id: string; trainingRevisionId: string },
    personId: string,
    decidedBy: string,
  ): Promise<string> {
    const [live] = await manager.query(
      `SELECT id, status FROM enrolments WHERE session_id = $1 AND person_id = $2 AND status IN ('pending', 'enrolled', 'waitlisted', 'completed')`,
      [session.id, personId],
    );
    if (!live) {
      const [{ id }] = await manager.query(
        `INSERT INTO enrolments (session_id, person_id, training_revision_id, status, decided_at, decided_by) VALUES ($1, $2, $3, 'enrolled', now(), $4) RETURNING id`,
        [session.id, personId, session.trainingRevisionId, decidedBy],
      );
      return id;
    }
    if (live.status !== 'enrolled' && live.status !== 'completed') {
      await manager.query(
        `UPDATE enrolments SET status = 'enrolled', decided_at = now(), decided_by = $2 WHERE id = $1`,
        [live.id, decidedBy],
      );
    }
    return live.id;
  }

  /** The transition to completed, for enrolments whose certificate was just issued. */
  async markCompleted(manager: EntityManager, enrolmentIds: string[]): Promise<void> {
    if (enrolmentIds.length === 0) return;
    await manager.query(`UPDATE enrolments SET status = 'completed' WHERE id = ANY($1::uuid[])`, [
      enrolmentIds,
    ]);
  }

  /** Back from completed to enrolled; an enrolment in any other state stays as it is. */
  async reopenCompleted(manager: EntityManager, enrolmentId: string): Promise<void> {
    await manager.query(`UPDATE enrolments SET status = 'enrolled' WHERE id = $1 AND status = 'completed'`, [
      enrolmentId,
    ]);
  }

  /** The first `seats` on the session's waiting list, oldest request first, given a seat; answers their ids. */
  /** Seats the first people waiting; answers each promoted enrolment with its audit label. */
  async promoteWaitlisted(
    manager: EntityManager,
    sessionId: string,
    seats: number,
  ): Promise<{ id: string; label: string }[]> {
    const [promoted]: [{ id: string; label: string }[], number] = await manager.query(
      `UPDATE enrolments e SET status = 'enrolled', decided_at = now()
         FROM people p, sessions s
        WHERE e.id IN (SELECT id FROM enrolments WHERE session_id = $1 AND status = 'waitlisted' ORDER BY requested_at, id LIMIT $2)
          AND p.id = e.person_id AND s.id = e.session_id
        RETURNING e.id, p.full_name || ' — ' || s.title AS label`,
      [sessionId, seats],
    );
    return promoted;
  }

  /** Pins every enrolment of the session, whatever its state, to the revision. */
  async pinRevision(manager: EntityManager, sessionId: string, revisionId: string): Promise<void> {
    await manager.query('UPDATE enrolments SET training_revision_id = $1 WHERE session_id = $2', [
      revisionId,
      sessionId,
    ]);
  }

  async statusOf(manager: EntityManager, enrolmentId: string): Promise<EnrolmentStatus> {
    const [{ status }] = await manager.query('SELECT status FROM enrolments WHERE id = $1', [enrolmentId]);
    return status;
  }

  async countEnrolled(sessionId: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM enrolments WHERE session_id = $1 AND status IN ('enrolled', 'completed')`,
      [sessionId],
    );
    return row.n;
  }

  /**
   * Enrolments with people, waiting-list position and lesson progress counted over the lessons
   * of each enrolment's pinned revision.
   */
  rows(filter: { sessionId?: string; personId?: string; enrolmentId?: string }): Promise<EnrolmentRow[]> {
    return this.db.query(
      `WITH picked AS (
         SELECT e.* FROM enrolments e
          WHERE ($1::uuid IS NULL OR e.session_id = $1) AND ($2::uuid IS NULL OR e.person_id = $2) AND ($3::uuid IS NULL OR e.id = $3)
       )
       SELECT e.id, e.session_id, e.person_id, p.full_name, p.email, o.name AS organisation, e.status, e.requested_at, e.decided_at,
              CASE WHEN e.status = 'waitlisted' THEN (
                SELECT count(*)::int FROM enrolments w
                 WHERE w.session_id = e.session_id AND w.status = 'waitlisted' AND (w.requested_at, w.id) <= (e.requested_at, e.id)
              ) END AS waitlist_position,
              (SELECT count(*)::int FROM lesson_progress lp JOIN lessons l ON l.id = lp.lesson_id
                WHERE lp.enrolment_id = e.id AND l.module_version_id = ANY(r.module_version_ids)) AS completed_lessons,
              (SELECT count(*)::int FROM lessons l WHERE l.module_version_id = ANY(r.module_version_ids)) AS total_lessons
         FROM picked e
         JOIN people p ON p.id = e.person_id
         LEFT JOIN organisations o ON o.id = p.organisation_id
         JOIN training_revisions r ON r.id = e.training_revision_id
        ORDER BY CASE e.status WHEN 'enrolled' THEN 0 WHEN 'completed' THEN 0 WHEN 'pending' THEN 1 WHEN 'waitlisted' THEN 2 ELSE 3 END,
                 e.requested_at, e.id`,
      [filter.sessionId ?? null, filter.personId ?? null, filter.enrolmentId ?? null],
    );
  }
}
