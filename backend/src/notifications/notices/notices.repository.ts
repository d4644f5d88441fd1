import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language, LocalisedText, OptionalMailKind } from '@atolye/shared';
import { FOLLOW_UP_WAVES_SQL } from '../../follow-up/follow-up-waves';

/** A person a notice goes to. */
export interface Addressee {
  person_id: string;
  email: string;
  full_name: string;
  language: Language;
  mail_opt_outs: OptionalMailKind[];
}

export interface MeetingReminderRow extends Addressee {
  meeting_id: string;
  starts_at: Date;
  ends_at: Date;
  topic: string;
  place: string | null;
  session_title: string;
  time_zone: string;
  training_title: LocalisedText;
}

export interface EvaluationOpenRow extends Addressee {
  enrolment_id: string;
  session_id: string;
  session_title: string;
  training_title: LocalisedText;
}

export interface QuizClosingRow extends Addressee {
  session_id: string;
  enrolment_id: string;
  quiz_key: string;
  closes_at: Date;
  time_zone: string;
  session_title: string;
  training_title: LocalisedText;
  quiz_title: LocalisedText;
}

export interface RosterMeetingRow extends Addressee {
  /** The meeting's day in the session's zone, YYYY-MM-DD. */
  day: string;
  starts_at: Date;
  ends_at: Date;
  topic: string;
  session_title: string;
  time_zone: string;
  participants: number;
}

export interface FollowUpDueRow extends Addressee {
  enrolment_id: string;
  wave: number;
  session_title: string;
  training_title: LocalisedText;
}

const ADDRESSEE_COLUMNS = 'p.id AS person_id, p.email, p.full_name, p.language, p.mail_opt_outs';

/**
 * The reads behind the scheduled notices: who is due which notice at `now`, leaving out the
 * notices already claimed (see notice-claims.repository.ts) and people whose account is disabled.
 */
@Injectable()
export class NoticesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Enrolled participants of the meetings starting in the 24 hours after `now`. */
  meetingRemindersDue(now: Date): Promise<MeetingReminderRow[]> {
    return this.db.query(
      `SELECT g.id AS meeting_id, g.starts_at, g.ends_at, g.topic, coalesce(g.location, s.venue, s.meeting_link) AS place,
              s.title AS session_title, s.time_zone, t.title AS training_title,
              ${ADDRESSEE_COLUMNS}
         FROM meetings g JOIN sessions s ON s.id = g.session_id JOIN trainings t ON t.id = s.training_id
         JOIN enrolments e ON e.session_id = s.id AND e.status = 'enrolled'
         JOIN people p ON p.id = e.person_id AND NOT p.disabled
        WHERE g.starts_at > $1 AND g.starts_at <= $1::timestamptz + interval '24 hours'
          AND NOT EXISTS (SELECT 1 FROM notice_claims c WHERE c.key = 'meeting_reminder:' || g.id || ':' || p.id)`,
      [now],
    );
  }

  /** Seats without an evaluation in sessions whose last meeting ended in the 7 days before `now`. */
  evaluationsOpenDue(now: Date): Promise<EvaluationOpenRow[]> {
    return this.db.query(
      `SELECT e.id AS enrolment_id, s.id AS session_id, s.title AS session_title, t.title AS training_title,
              ${ADDRESSEE_COLUMNS}
         FROM sessions s JOIN trainings t ON t.id = s.training_id
         JOIN LATERAL (SELECT max(ends_at) AS last_end FROM meetings WHERE session_id = s.id) g ON true
         JOIN enrolments e ON e.session_id = s.id AND e.status IN ('enrolled', 'completed')
         JOIN people p ON p.id = e.person_id AND NOT p.disabled
        WHERE g.last_end <= $1 AND g.last_end > $1::timestamptz - interval '7 days'
          AND NOT EXISTS (SELECT 1 FROM evaluations v WHERE v.enrolment_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM notice_claims c WHERE c.key = 'evaluation_open:' || s.id || ':' || p.id)`,
      [now],
    );
  }

  /**
   * Enrolled trainees of quizzes the session closes within `notice` (an interval) after `now`,
   * who have not passed and still have an attempt (a pre-test: have not taken it).
   */
  quizzesClosingDue(now: Date, notice: string): Promise<QuizClosingRow[]> {
    return this.db.query(
      `SELECT s.id AS session_id, e.id AS enrolment_id, d.module_slug || '/' || d.quiz_slug AS quiz_key, d.closes_at,
              s.time_zone, s.title AS session_title, t.title AS training_title, q.title AS quiz_title,
              ${ADDRESSEE_COLUMNS}
         FROM session_quiz_deadlines d JOIN sessions s ON s.id = d.session_id JOIN trainings t ON t.id = s.training_id
         JOIN enrolments e ON e.session_id = s.id AND e.status = 'enrolled'
         JOIN training_revisions r ON r.id = e.training_revision_id
         JOIN module_versions m ON m.id = ANY(r.module_version_ids) AND m.slug = d.module_slug
         JOIN quizzes q ON q.module_version_id = m.id AND q.slug = d.quiz_slug
         JOIN people p ON p.id = e.person_id AND NOT p.disabled
         CROSS JOIN LATERAL (SELECT count(*)::int AS used, bool_or(a.passed) AS passed FROM quiz_attempts a
                              WHERE a.quiz_id = q.id AND a.enrolment_id = e.id) a
        WHERE d.closes_at > $1 AND d.closes_at <= $1::timestamptz + $2::interval
          AND NOT coalesce(a.passed, false) AND a.used < q.max_attempts AND (q.kind <> 'pre_test' OR a.used = 0)
          AND NOT EXISTS (SELECT 1 FROM notice_claims c
                           WHERE c.key = 'quiz_closing:' || s.id || ':' || d.module_slug || '/' || d.quiz_slug || ':' || p.id)`,
      [now, notice],
    );
  }

  /**
   * Tomorrow's meetings (in each session's zone) with their trainers, once it is `fromHour` or
   * later there; earliest first.
   */
  rosterMeetingsDue(now: Date, fromHour: number): Promise<RosterMeetingRow[]> {
    return this.db.query(
      `SELECT to_char((g.starts_at AT TIME ZONE s.time_zone)::date, 'YYYY-MM-DD') AS day, g.starts_at, g.ends_at, g.topic,
              s.title AS session_title, s.time_zone,
              (SELECT count(*) FROM enrolments e WHERE e.session_id = s.id AND e.status = 'enrolled')::int AS participants,
              ${ADDRESSEE_COLUMNS}
         FROM sessions s JOIN meetings g ON g.session_id = s.id
         JOIN people p ON p.id = ANY(s.trainer_ids) AND NOT p.disabled
        WHERE (g.starts_at AT TIME ZONE s.time_zone)::date = ($1::timestamptz AT TIME ZONE s.time_zone)::date + 1
          AND extract(hour FROM $1::timestamptz AT TIME ZONE s.time_zone) >= $2
        ORDER BY g.starts_at`,
      [now, fromHour],
    );
  }

  /** Which of these notice keys are claimed already. */
  async claimedKeys(keys: string[]): Promise<Set<string>> {
    const rows: { key: string }[] = await this.db.query('SELECT key FROM notice_claims WHERE key = ANY($1)', [
      keys,
    ]);
    return new Set(rows.map((row) => row.key));
  }

  /** The local day (YYYY-MM-DD) and hour of `now` in the zone. */
  async localDayAndHour(now: Date, zone: string): Promise<{ day: string; hour: number }> {
    const [row]: { day: string; hour: number }[] = await this.db.query(
      `SELECT to_char(($1::timestamptz AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS day,
              extract(hour FROM $1::timestamptz AT TIME ZONE $2)::int AS hour`,
      [now, zone],
    );
    return row;
  }

  /** Enabled coordinators who have not had the digest of this day. */
  coordinatorsWithoutDigest(day: string): Promise<Addressee[]> {
    return this.db.query(
      `SELECT ${ADDRESSEE_COLUMNS} FROM people p
        WHERE 'coordinator' = ANY(p.roles) AND NOT p.disabled
          AND NOT EXISTS (SELECT 1 FROM notice_claims c WHERE c.key = 'coordinator_digest:' || p.id || ':' || $1)`,
      [day],
    );
  }

  /** Follow-up waves open at `now` and not answered yet, once per enrolment and wave. */
  followUpsDue(now: Date): Promise<FollowUpDueRow[]> {
    return this.db.query(
      `SELECT w.enrolment_id, w.wave, s.title AS session_title, t.title AS training_title,
              ${ADDRESSEE_COLUMNS}
         FROM (${FOLLOW_UP_WAVES_SQL}) w
         JOIN sessions s ON s.id = w.session_id JOIN trainings t ON t.id = s.training_id
         JOIN people p ON p.id = w.person_id AND NOT p.disabled
        WHERE w.opens_at <= $1 AND w.closes_at > $1
          AND NOT EXISTS (SELECT 1 FROM follow_up_answers a WHERE a.enrolment_id = w.enrolment_id AND a.wave = w.wave)
          AND NOT EXISTS (SELECT 1 FROM notice_claims c WHERE c.key = 'follow_up_due:' || w.enrolment_id || ':' || w.wave)`,
      [now],
    );
  }
}
