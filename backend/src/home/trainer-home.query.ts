import type { DataSource } from 'typeorm';
import type { TrainerHome } from '@atolye/shared';
import { poolQuery } from '../database/pool-query';

/**
 * A trainer's home in one statement, over the sessions they teach:
 * - meetings: not ended yet, soonest first, at most five; `today` on today's date in the zone;
 * - unmarked: held in the last 30 days, with seat holders who have no attendance mark for it;
 * - evaluations: sessions whose last meeting ended in the last 30 days, evaluations against seats.
 */
const SQL = `
WITH taught AS (
  SELECT id, title, time_zone FROM sessions WHERE $1 = ANY(trainer_ids)
)
SELECT
  (SELECT coalesce(jsonb_agg(x ORDER BY x."startsAt"), '[]') FROM (
     SELECT g.id AS "meetingId", s.id AS "sessionId", s.title AS "sessionTitle", g.topic,
            g.starts_at AS "startsAt", g.ends_at AS "endsAt", s.time_zone AS "timeZone",
            (g.starts_at <= now() OR (g.starts_at AT TIME ZONE s.time_zone)::date = (now() AT TIME ZONE s.time_zone)::date) AS today
       FROM taught s JOIN meetings g ON g.session_id = s.id
      WHERE g.ends_at > now()
      ORDER BY g.starts_at LIMIT 5
  ) x) AS meetings,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."startsAt" DESC), '[]') FROM (
     SELECT g.id AS "meetingId", s.id AS "sessionId", s.title AS "sessionTitle", g.topic,
            g.starts_at AS "startsAt", g.ends_at AS "endsAt", s.time_zone AS "timeZone", count(e.id)::int AS unmarked
       FROM taught s JOIN meetings g ON g.session_id = s.id
       JOIN enrolments e ON e.session_id = s.id AND e.status IN ('enrolled', 'completed')
      WHERE g.ends_at <= now() AND g.ends_at > now() - interval '30 days'
        AND NOT EXISTS (SELECT 1 FROM attendance_records a WHERE a.meeting_id = g.id AND a.enrolment_id = e.id)
      GROUP BY g.id, s.id, s.title, s.time_zone
  ) x) AS unmarked,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."sessionTitle"), '[]') FROM (
     SELECT s.id AS "sessionId", s.title AS "sessionTitle",
            (SELECT count(*) FROM evaluations v WHERE v.session_id = s.id)::int AS submitted,
            (SELECT count(*) FROM enrolments e WHERE e.session_id = s.id AND e.status IN ('enrolled', 'completed'))::int AS participants
       FROM taught s
      WHERE (SELECT max(ends_at) FROM meetings g WHERE g.session_id = s.id) BETWEEN now() - interval '30 days' AND now()
  ) x) AS evaluations`;

export async function trainerHome(db: DataSource, personId: string): Promise<TrainerHome> {
  const [row] = await poolQuery<Record<string, never>>(db, SQL, [personId], 'home-trainer');
  return { meetings: row['meetings'], unmarked: row['unmarked'], evaluations: row['evaluations'] };
}
