import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AttendanceMethod, AttendanceStatus } from '@atolye/shared';

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
}
