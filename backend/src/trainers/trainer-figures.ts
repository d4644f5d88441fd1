/**
 * The roster's figures, defined here and nowhere else; the portal shows these definitions in the
 * reader's language beside the figures (keys `trainers.definitions.*`).
 *
 * - sessions delivered: sessions the person is a trainer of whose last meeting has ended
 *   (a session without meetings is not delivered);
 * - average rating: the mean of the "trainer" rating (1–5) of every evaluation of a session the
 *   person is a trainer of, rounded to two decimals. An evaluation rates the session's trainers
 *   together, so with two trainers each gets the session's ratings;
 * - ratings: how many evaluations that mean is taken over.
 *
 * One row per trainer id: `trainer_id`, `sessions_delivered`, `rating_average`, `rating_count`.
 */
export const TRAINER_FIGURES_SQL = `
  SELECT t.trainer_id,
         count(DISTINCT t.session_id) FILTER (WHERE last.ends_at <= now())::int AS sessions_delivered,
         round(avg(ev.trainer), 2)::float AS rating_average,
         count(ev.id)::int AS rating_count
    FROM (SELECT s.id AS session_id, unnest(s.trainer_ids) AS trainer_id FROM sessions s) t
    LEFT JOIN LATERAL (SELECT max(m.ends_at) AS ends_at FROM meetings m WHERE m.session_id = t.session_id) last
      ON true
    LEFT JOIN evaluations ev ON ev.session_id = t.session_id
   GROUP BY t.trainer_id`;
