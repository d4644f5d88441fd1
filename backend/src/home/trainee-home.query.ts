import type { DataSource } from 'typeorm';
import type { TraineeHome } from '@atolye/shared';
import { poolQuery } from '../database/pool-query';
import { FOLLOW_UP_WAVES_SQL } from '../follow-up/follow-up-waves';

/** A lesson's or quiz's title per language, from the stored translations (without their bodies). */
const LESSON_TITLE = `(SELECT jsonb_object_agg(tr->>'language', tr->>'title') FROM jsonb_array_elements(l.translations) tr)`;

/**
 * Everything on a trainee's home in one statement (it runs on every home page, 50 at once at the
 * start of a training day). Seat holders only: pending and waitlisted enrolments have nothing to do.
 *
 * - today: a meeting that has not ended and has started or starts on today's date in its session's
 *   zone (as `nextMeetingToday` of My learning); check-in open from `$2` minutes before it starts
 *   until `$2` minutes after it ends (as the check-in service's window).
 * - next lesson: the first lesson not completed, modules in the training's order, lessons by position.
 * - open quiz: a pre- or post-test not passed with attempts left (a pre-test only until it is taken),
 *   or one with an attempt under way, until the session closes it; soonest closing first;
 *   knowledge checks are met along the lessons.
 * - evaluation due: the session's last meeting has ended and the trainee has not evaluated it.
 * - follow-up due: a follow-up wave (3 or 6 months after the session) is open and not answered.
 */
const SQL = `
WITH mine AS (
  SELECT e.id, e.status, e.session_id, e.training_revision_id, s.title AS session_title, s.time_zone,
         s.venue, s.meeting_link, t.title AS training_title
    FROM enrolments e JOIN sessions s ON s.id = e.session_id JOIN trainings t ON t.id = s.training_id
   WHERE e.person_id = $1 AND e.status IN ('enrolled', 'completed')
), modules AS (
  SELECT mine.id AS enrolment_id, mine.session_id, mv.id AS module_version_id, mv.n
    FROM mine JOIN training_revisions r ON r.id = mine.training_revision_id
   CROSS JOIN LATERAL unnest(r.module_version_ids) WITH ORDINALITY AS mv(id, n)
   WHERE mine.status = 'enrolled'
), path AS (
  SELECT m.enrolment_id, m.n, l.id, l.position, ${LESSON_TITLE} AS title,
         EXISTS (SELECT 1 FROM lesson_progress p WHERE p.enrolment_id = m.enrolment_id AND p.lesson_id = l.id) AS done
    FROM modules m JOIN lessons l ON l.module_version_id = m.module_version_id
), quizzes_of AS (
  SELECT m.enrolment_id, q.id, q.kind, q.title, q.max_attempts,
         (SELECT count(*)::int FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.enrolment_id = m.enrolment_id) AS used,
         EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.enrolment_id = m.enrolment_id AND a.passed) AS passed,
         open.id AS open_attempt_id, open.deadline_at, d.closes_at
    FROM modules m JOIN quizzes q ON q.module_version_id = m.module_version_id AND q.kind <> 'knowledge_check'
    JOIN module_versions v ON v.id = m.module_version_id
    LEFT JOIN session_quiz_deadlines d ON d.session_id = m.session_id AND d.module_slug = v.slug AND d.quiz_slug = q.slug
    LEFT JOIN LATERAL (SELECT a.id, a.deadline_at FROM quiz_attempts a
                        WHERE a.quiz_id = q.id AND a.enrolment_id = m.enrolment_id AND a.submitted_at IS NULL
                          AND (a.deadline_at IS NULL OR a.deadline_at > now())
                        LIMIT 1) open ON true
)
SELECT
  (SELECT coalesce(jsonb_agg(x ORDER BY x."startsAt"), '[]') FROM (
     SELECT g.id AS "meetingId", mine.id AS "enrolmentId", mine.session_title AS "sessionTitle", g.topic,
            g.starts_at AS "startsAt", g.ends_at AS "endsAt", mine.time_zone AS "timeZone",
            coalesce(g.location, mine.venue, CASE WHEN mine.status = 'enrolled' THEN mine.meeting_link END) AS place,
            now() BETWEEN g.starts_at - make_interval(mins => $2) AND g.ends_at + make_interval(mins => $2) AS "checkInOpen",
            EXISTS (SELECT 1 FROM attendance_records a WHERE a.meeting_id = g.id AND a.enrolment_id = mine.id
                       AND a.status IN ('present', 'late')) AS "checkedIn"
       FROM mine JOIN meetings g ON g.session_id = mine.session_id
      WHERE g.ends_at > now()
        AND (g.starts_at <= now() OR (g.starts_at AT TIME ZONE mine.time_zone)::date = (now() AT TIME ZONE mine.time_zone)::date)
  ) x) AS meetings_today,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."sessionTitle"), '[]') FROM (
     SELECT DISTINCT ON (p.enrolment_id) p.enrolment_id AS "enrolmentId", mine.training_title AS "trainingTitle",
            mine.session_title AS "sessionTitle", p.id AS "lessonId", p.title AS "lessonTitle",
            (SELECT count(*) FILTER (WHERE q.done) FROM path q WHERE q.enrolment_id = p.enrolment_id)::int AS "completedLessons",
            (SELECT count(*) FROM path q WHERE q.enrolment_id = p.enrolment_id)::int AS "totalLessons"
       FROM path p JOIN mine ON mine.id = p.enrolment_id
      WHERE NOT p.done
      ORDER BY p.enrolment_id, p.n, p.position
  ) x) AS next_lessons,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."closesAt" NULLS LAST, x."deadlineAt" NULLS LAST, x."sessionTitle", x.kind DESC), '[]') FROM (
     SELECT q.enrolment_id AS "enrolmentId", q.id AS "quizId", q.kind, q.title, mine.session_title AS "sessionTitle",
            greatest(q.max_attempts - q.used, 0) AS "attemptsLeft", q.open_attempt_id AS "openAttemptId",
            q.deadline_at AS "deadlineAt", q.closes_at AS "closesAt", mine.time_zone AS "timeZone"
       FROM quizzes_of q JOIN mine ON mine.id = q.enrolment_id
      WHERE (q.open_attempt_id IS NOT NULL
         OR (NOT q.passed AND q.used < q.max_attempts AND (q.kind <> 'pre_test' OR q.used = 0)))
        AND (q.closes_at IS NULL OR q.closes_at > now())
  ) x) AS open_quizzes,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."sessionTitle"), '[]') FROM (
     SELECT mine.id AS "enrolmentId", mine.training_title AS "trainingTitle", mine.session_title AS "sessionTitle"
       FROM mine
      WHERE (SELECT max(ends_at) FROM meetings g WHERE g.session_id = mine.session_id) <= now()
        AND NOT EXISTS (SELECT 1 FROM evaluations v WHERE v.enrolment_id = mine.id)
  ) x) AS evaluations_due,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."closesAt"), '[]') FROM (
     SELECT mine.id AS "enrolmentId", mine.training_title AS "trainingTitle", mine.session_title AS "sessionTitle",
            w.wave, w.closes_at AS "closesAt"
       FROM mine JOIN (${FOLLOW_UP_WAVES_SQL}) w ON w.enrolment_id = mine.id
      WHERE now() >= w.opens_at AND now() < w.closes_at
        AND NOT EXISTS (SELECT 1 FROM follow_up_answers a WHERE a.enrolment_id = mine.id AND a.wave = w.wave)
  ) x) AS follow_ups_due,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."issuedAt" DESC), '[]') FROM (
     SELECT c.id AS "certificateId", c.training_title AS "trainingTitle", c.serial, c.issued_at AS "issuedAt"
       FROM certificates c
      WHERE c.person_id = $1 AND c.status = 'valid' AND c.issued_at > now() - interval '30 days'
  ) x) AS certificates`;

export async function traineeHome(
  db: DataSource,
  personId: string,
  graceMinutes: number,
): Promise<TraineeHome> {
  const [row] = await poolQuery<Record<string, never>>(db, SQL, [personId, graceMinutes], 'home-trainee');
  return {
    meetingsToday: row['meetings_today'],
    nextLessons: row['next_lessons'],
    openQuizzes: row['open_quizzes'],
    evaluationsDue: row['evaluations_due'],
    followUpsDue: row['follow_ups_due'],
    certificates: row['certificates'],
  };
}
