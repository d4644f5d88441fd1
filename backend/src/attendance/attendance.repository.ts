import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AttendanceMethod, AttendanceStatus } from '@atolye/shared';
import { MeetingEntity } from '../sessions/meeting.entity';
import type { SessionEntity } from '../sessions/session.entity';
import { WalkInEntity } from './walk-in.entity';

export interface AttendeeRow {
  enrolment_id: string | null;
  walk_in_id: string | null;
  full_name: string;
  organisation: string | null;
  email: string | null;
}

export interface RecordRow {
  meeting_id: string;
  enrolment_id: string | null;
  walk_in_id: string | null;
  status: AttendanceStatus;
  note: string | null;
  method: AttendanceMethod;
  marked_at: Date;
}

/** A meeting open for check-in now, with the person's enrolment in its session. */
export interface OpenMeetingRow {
  id: string;
  enrolment_id: string;
  title: string;
}

@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** People on the sheet: those holding a seat, then walk-ins, each alphabetically. */
  attendees(sessionId: string): Promise<AttendeeRow[]> {
    return this.db.query(
      `SELECT * FROM (
         SELECT e.id AS enrolment_id, NULL::uuid AS walk_in_id, p.full_name, o.name AS organisation, p.email, 0 AS kind
           FROM enrolments e JOIN people p ON p.id = e.person_id LEFT JOIN organisations o ON o.id = p.organisation_id
          WHERE e.session_id = $1 AND e.status IN ('enrolled', 'completed')
         UNION ALL
         SELECT NULL, w.id, w.full_name, w.organisation_name, w.email, 1 FROM walk_ins w WHERE w.session_id = $1
       ) attendees ORDER BY kind, full_name`,
      [sessionId],
    );
  }

  records(sessionId: string, manager: EntityManager = this.db.manager): Promise<RecordRow[]> {
    return manager.query(
      `SELECT r.meeting_id, r.enrolment_id, r.walk_in_id, r.status, r.note, r.method, r.marked_at
         FROM attendance_records r JOIN meetings m ON m.id = r.meeting_id WHERE m.session_id = $1`,
      [sessionId],
    );
  }

  /** Sets one person's mark for a meeting (insert or overwrite) in the caller's transaction. */
  async upsert(
    manager: EntityManager,
    mark: {
      meetingId: string;
      enrolmentId: string | null;
      walkInId: string | null;
      status: AttendanceStatus;
      note: string | null;
      method: AttendanceMethod;
      markedBy: string;
    },
  ): Promise<void> {
    const target = mark.enrolmentId
      ? '(meeting_id, enrolment_id) WHERE enrolment_id IS NOT NULL'
      : '(meeting_id, walk_in_id) WHERE walk_in_id IS NOT NULL';
    await manager.query(
      `INSERT INTO attendance_records (meeting_id, enrolment_id, walk_in_id, status, note, method, marked_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ${target} DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note, method = EXCLUDED.method,
                                          marked_by = EXCLUDED.marked_by, marked_at = now()`,
      [mark.meetingId, mark.enrolmentId, mark.walkInId, mark.status, mark.note, mark.method, mark.markedBy],
    );
  }

  /** Records a self check-in once; false when the meeting was already recorded for the person. */
  async checkIn(
    meetingId: string,
    enrolmentId: string,
    personId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO attendance_records (meeting_id, enrolment_id, status, method, marked_by)
       VALUES ($1, $2, 'present', 'self_check_in', $3)
       ON CONFLICT (meeting_id, enrolment_id) WHERE enrolment_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [meetingId, enrolmentId, personId],
    );
    return rows.length === 1;
  }

  /** A person's mark for a meeting, as it stands now. */
  async statusOf(meetingId: string, enrolmentId: string): Promise<AttendanceStatus | null> {
    const [record] = await this.db.query(
      'SELECT status FROM attendance_records WHERE meeting_id = $1 AND enrolment_id = $2',
      [meetingId, enrolmentId],
    );
    return record?.status ?? null;
  }

  meeting(id: string): Promise<MeetingEntity | null> {
    return this.db.getRepository(MeetingEntity).findOne({ where: { id } });
  }

  meetingOfSession(id: string, sessionId: string): Promise<MeetingEntity | null> {
    return this.db.getRepository(MeetingEntity).findOne({ where: { id, sessionId } });
  }

  meetings(ids: string[]): Promise<MeetingEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.getRepository(MeetingEntity).find({ where: { id: In(ids) } });
  }

  /** The enrolment by which the person holds a seat in the session (enrolled or completed), if any. */
  async seatOf(personId: string, sessionId: string): Promise<string | null> {
    const [row] = await this.db.query(
      `SELECT id FROM enrolments WHERE person_id = $1 AND session_id = $2 AND status IN ('enrolled', 'completed')`,
      [personId, sessionId],
    );
    return row?.id ?? null;
  }

  async sessionTitleAndZone(sessionId: string): Promise<{ title: string; time_zone: string }> {
    const [row] = await this.db.query('SELECT title, time_zone FROM sessions WHERE id = $1', [sessionId]);
    return row;
  }

  /**
   * Meetings of sessions the person holds a seat in whose check-in window (from `graceMinutes`
   * before the start to as long after the end) holds `now`.
   */
  meetingsOpenFor(personId: string, now: Date, graceMinutes: number): Promise<OpenMeetingRow[]> {
    return this.db.query(
      `SELECT m.id, e.id AS enrolment_id, s.title
         FROM meetings m JOIN sessions s ON s.id = m.session_id
         JOIN enrolments e ON e.session_id = s.id AND e.person_id = $1 AND e.status IN ('enrolled', 'completed')
        WHERE $2::timestamptz BETWEEN m.starts_at - make_interval(mins => $3) AND m.ends_at + make_interval(mins => $3)`,
      [personId, now, graceMinutes],
    );
  }

  walkIn(id: string): Promise<WalkInEntity | null> {
    return this.db.getRepository(WalkInEntity).findOne({ where: { id } });
  }

  addWalkIn(
    manager: EntityManager,
    walkIn: Pick<WalkInEntity, 'sessionId' | 'fullName' | 'organisationName' | 'email' | 'createdBy'>,
  ): Promise<WalkInEntity> {
    return manager.getRepository(WalkInEntity).save(walkIn);
  }

  /**
   * Holds the session while a walk-in is merged into one of its enrolments; only its id, title,
   * country, city and training revision are read.
   */
  async lockSession(manager: EntityManager, sessionId: string): Promise<SessionEntity> {
    const [session]: SessionEntity[] = await manager.query(
      'SELECT id, title, country, city, training_revision_id AS "trainingRevisionId" FROM sessions WHERE id = $1 FOR UPDATE',
      [sessionId],
    );
    return session;
  }

  /** Copies the walk-in's marks to the enrolment; a meeting the enrolment has a mark for keeps it. */
  async copyWalkInRecords(manager: EntityManager, walkInId: string, enrolmentId: string): Promise<void> {
    await manager.query(
      `INSERT INTO attendance_records (meeting_id, enrolment_id, status, note, method, marked_by, marked_at)
       SELECT meeting_id, $2, status, note, method, marked_by, marked_at FROM attendance_records WHERE walk_in_id = $1
       ON CONFLICT (meeting_id, enrolment_id) WHERE enrolment_id IS NOT NULL DO NOTHING`,
      [walkInId, enrolmentId],
    );
  }

  async deleteWalkIn(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(WalkInEntity).delete({ id });
  }
}
