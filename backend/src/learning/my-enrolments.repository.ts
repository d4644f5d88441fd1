import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EnrolmentStatus, LocalisedText } from '@atolye/shared';
import { poolQuery } from '../database/pool-query';
import type { SessionContext } from '../sessions/sessions.mapper';
import { MeetingEntity } from '../sessions/meeting.entity';
import { SessionEntity } from '../sessions/session.entity';
import { TrainingEntity } from '../trainings/training.entity';

interface MyEnrolmentRow {
  id: string;
  status: EnrolmentStatus;
  waitlist_position: number | null;
  completed_lessons: number;
  total_lessons: number;
  session: Record<string, unknown> & { enrolment_opens_at: string; enrolment_closes_at: string };
  training: { id: string; title: LocalisedText; current_revision: number };
  revision: number | null;
  enrolled: number;
  waitlisted: number;
  pending: number;
  meetings: { id: string; starts_at: string; ends_at: string; topic: string; location: string | null }[];
  trainer_names: Record<string, string>;
}

/** A person's enrolment with its session, as the "my enrolments" page shows it. */
export interface MyEnrolmentRecord {
  id: string;
  status: EnrolmentStatus;
  waitlistPosition: number | null;
  completedLessons: number;
  totalLessons: number;
  session: SessionEntity;
  context: SessionContext;
}

/**
 * A person's enrolments (not rejected or withdrawn), seats first, then pending, then the waiting
 * list, each by request time — with everything the page shows of its session in the same row:
 * the session, its training, the revision number, the session's seat counts, its meetings in
 * order, its trainers' names, the waiting-list position and the lessons done of the pinned modules.
 */
const MY_ENROLMENTS_SQL = `
  SELECT e.id, e.status,
         CASE WHEN e.status = 'waitlisted' THEN (
           SELECT count(*)::int FROM enrolments w
            WHERE w.session_id = e.session_id AND w.status = 'waitlisted' AND (w.requested_at, w.id) <= (e.requested_at, e.id)
         ) END AS waitlist_position,
         (SELECT count(*)::int FROM lesson_progress lp JOIN lessons l ON l.id = lp.lesson_id
           WHERE lp.enrolment_id = e.id AND l.module_version_id = ANY(r.module_version_ids)) AS completed_lessons,
         (SELECT count(*)::int FROM lessons l WHERE l.module_version_id = ANY(r.module_version_ids)) AS total_lessons,
         to_jsonb(s) AS session,
         jsonb_build_object('id', t.id, 'title', t.title, 'current_revision', t.current_revision) AS training,
         sr.number AS revision,
         c.enrolled, c.waitlisted, c.pending,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'starts_at', m.starts_at, 'ends_at', m.ends_at,
                   'topic', m.topic, 'location', m.location) ORDER BY m.starts_at), '[]')
            FROM meetings m WHERE m.session_id = s.id) AS meetings,
         (SELECT coalesce(jsonb_object_agg(p.id, p.full_name), '{}')
            FROM people p WHERE p.id = ANY(s.trainer_ids)) AS trainer_names
    FROM enrolments e
    JOIN training_revisions r ON r.id = e.training_revision_id
    JOIN sessions s ON s.id = e.session_id
    JOIN trainings t ON t.id = s.training_id
    LEFT JOIN training_revisions sr ON sr.id = s.training_revision_id
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE status IN ('enrolled', 'completed'))::int AS enrolled,
             count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
             count(*) FILTER (WHERE status = 'pending')::int AS pending
        FROM enrolments WHERE session_id = s.id) c ON true
   WHERE e.person_id = $1 AND e.status NOT IN ('rejected', 'withdrawn')
   ORDER BY CASE e.status WHEN 'enrolled' THEN 0 WHEN 'completed' THEN 0 WHEN 'pending' THEN 1 WHEN 'waitlisted' THEN 2 ELSE 3 END,
            e.requested_at, e.id`;

function toSession(row: MyEnrolmentRow['session']): SessionEntity {
  return Object.assign(new SessionEntity(), {
    id: row['id'],
    trainingId: row['training_id'],
    trainingRevisionId: row['training_revision_id'],
    title: row['title'],
    format: row['format'],
    mode: row['mode'],
    language: row['language'],
    venue: row['venue'],
    meetingLink: row['meeting_link'],
    city: row['city'],
    country: row['country'],
    timeZone: row['time_zone'],
    capacity: row['capacity'],
    enrolmentOpensAt: new Date(row.enrolment_opens_at),
    enrolmentClosesAt: new Date(row.enrolment_closes_at),
    enrolmentPolicy: row['enrolment_policy'],
    trainerIds: row['trainer_ids'],
  });
}

@Injectable()
export class MyEnrolmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(personId: string, now: Date): Promise<MyEnrolmentRecord[]> {
    const rows = await poolQuery<MyEnrolmentRow>(this.db, MY_ENROLMENTS_SQL, [personId], 'my-enrolments');
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      waitlistPosition: row.waitlist_position,
      completedLessons: row.completed_lessons,
      totalLessons: row.total_lessons,
      session: toSession(row.session),
      context: {
        training: Object.assign(new TrainingEntity(), {
          id: row.training.id,
          title: row.training.title,
          currentRevision: row.training.current_revision,
        }),
        revision: row.revision ?? 1,
        counts: { enrolled: row.enrolled, waitlisted: row.waitlisted, pending: row.pending },
        meetings: row.meetings.map((m) =>
          Object.assign(new MeetingEntity(), {
            id: m.id,
            sessionId: row.session['id'],
            startsAt: new Date(m.starts_at),
            endsAt: new Date(m.ends_at),
            topic: m.topic,
            location: m.location,
          }),
        ),
        trainerNames: new Map(Object.entries(row.trainer_names)),
        now,
      },
    }));
  }
}
