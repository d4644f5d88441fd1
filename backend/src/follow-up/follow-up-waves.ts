/**
 * The follow-up waves of every enrolment, as SQL to embed: a wave opens `wave` months after the
 * session's last meeting ended and stays open 30 days. Who is asked: people who completed the
 * session, or who hold a seat and attended at least one meeting (present or late).
 * Columns: enrolment_id, person_id, session_id, wave, opens_at, closes_at.
 */
export const FOLLOW_UP_WAVES_SQL = `
  SELECT e.id AS enrolment_id, e.person_id, e.session_id, w.wave,
         g.last_end + make_interval(months => w.wave) AS opens_at,
         g.last_end + make_interval(months => w.wave) + interval '30 days' AS closes_at
    FROM enrolments e
    JOIN LATERAL (SELECT max(ends_at) AS last_end FROM meetings WHERE session_id = e.session_id) g ON g.last_end IS NOT NULL
   CROSS JOIN (VALUES (3), (6)) AS w(wave)
   WHERE e.status = 'completed'
      OR (e.status = 'enrolled' AND EXISTS (SELECT 1 FROM attendance_records a
                                              WHERE a.enrolment_id = e.id AND a.status IN ('present', 'late')))`;

/** Answers that count as having used what was learned. */
export const USED_ANSWERS = ['yes', 'partly'];
