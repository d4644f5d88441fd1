import type { Measure, ReportFilters } from '@atolye/shared';

/**
 * The rows every figure is computed from: one per enrolment holding a seat in a session in
 * scope, with the participant's gender, organisation and place, attendance over every planned
 * meeting, attended hours, certificate, knowledge gain and evaluation rating. Walk-in
 * participants have no account yet, so they are not people here until merged.
 */
export function participantsSql(
  filters: ReportFilters,
  period: { from: string | null; to: string | null },
): { sql: string; params: unknown[] } {
  const params: unknown[] = [
    filters.trainingId ?? null,
    filters.sessionId ?? null,
    latest(filters.from, period.from),
    earliest(filters.to, period.to),
    filters.organisationType ?? null,
    filters.province ?? null,
  ];
  const sql = `
    WITH scope AS (
      SELECT s.id, s.title, s.city, s.training_id, m.first_at, m.planned
        FROM sessions s
        JOIN LATERAL (SELECT min(starts_at) AS first_at, count(*)::int AS planned FROM meetings WHERE session_id = s.id) m ON true
       WHERE ($1::uuid IS NULL OR s.training_id = $1) AND ($2::uuid IS NULL OR s.id = $2)
         AND ($3::date IS NULL OR m.first_at >= $3::date) AND ($4::date IS NULL OR m.first_at < $4::date + 1)
    ),
    attendance AS (
      SELECT a.enrolment_id, count(*)::int AS attended, sum(extract(epoch FROM mt.ends_at - mt.starts_at)) / 3600.0 AS hours
        FROM attendance_records a JOIN meetings mt ON mt.id = a.meeting_id JOIN scope ON scope.id = mt.session_id
       WHERE a.enrolment_id IS NOT NULL AND a.status IN ('present', 'late')
       GROUP BY a.enrolment_id
    ),
    post AS (
      SELECT qa.enrolment_id, q.module_version_id, q.paired_with, max(qa.percent) AS best
        FROM quiz_attempts qa JOIN quizzes q ON q.id = qa.quiz_id
       WHERE q.kind = 'post_test' AND q.paired_with IS NOT NULL AND qa.submitted_at IS NOT NULL
       GROUP BY 1, 2, 3
    ),
    pre AS (
      SELECT DISTINCT ON (qa.enrolment_id, q.module_version_id, q.slug) qa.enrolment_id, q.module_version_id, q.slug, qa.percent AS first
        FROM quiz_attempts qa JOIN quizzes q ON q.id = qa.quiz_id
       WHERE q.kind = 'pre_test' AND qa.submitted_at IS NOT NULL
       ORDER BY qa.enrolment_id, q.module_version_id, q.slug, qa.number
    ),
    gains AS (
      SELECT post.enrolment_id, avg(post.best - pre.first) AS gain
        FROM post JOIN pre ON pre.enrolment_id = post.enrolment_id AND pre.module_version_id = post.module_version_id AND pre.slug = post.paired_with
       GROUP BY 1
    ),
    participants AS (
      SELECT e.id AS enrolment_id, e.person_id, e.session_id, e.status, p.gender,
             o.id AS organisation_id, coalesce(o.type, 'unknown') AS organisation_type,
             coalesce(o.province, 'unknown') AS province, coalesce(o.country, 'unknown') AS country,
             scope.planned, coalesce(att.attended, 0) AS attended, coalesce(att.hours, 0) AS hours,
             EXISTS (SELECT 1 FROM certificates c WHERE c.enrolment_id = e.id AND c.status = 'valid') AS certified,
             g.gain,
             (SELECT (v.relevance + v.trainer + v.materials + v.organisation) / 4.0 FROM evaluations v WHERE v.enrolment_id = e.id) AS rating
        FROM enrolments e
        JOIN scope ON scope.id = e.session_id
        JOIN people p ON p.id = e.person_id
        LEFT JOIN organisations o ON o.id = p.organisation_id
        LEFT JOIN attendance att ON att.enrolment_id = e.id
        LEFT JOIN gains g ON g.enrolment_id = e.id
       WHERE e.status IN ('enrolled', 'completed')
         AND ($5::text IS NULL OR o.type = $5) AND ($6::text IS NULL OR o.province = $6)
    )`;
  return { sql, params };
}

/** Every measure as an aggregate over the participants rows (optionally grouped). */
export const MEASURE_SQL: Record<Measure, string> = {
  people_enrolled: 'count(DISTINCT person_id)',
  people_completed: `count(DISTINCT person_id) FILTER (WHERE status = 'completed')`,
  people_certified: 'count(DISTINCT person_id) FILTER (WHERE certified)',
  share_women: `round(100.0 * count(DISTINCT person_id) FILTER (WHERE gender = 'female') / nullif(count(DISTINCT person_id), 0), 1)`,
  organisations_reached: `count(DISTINCT organisation_id) FILTER (WHERE status = 'completed')`,
  provinces_reached: `count(DISTINCT province) FILTER (WHERE organisation_id IS NOT NULL)`,
  countries_reached: `count(DISTINCT country) FILTER (WHERE organisation_id IS NOT NULL)`,
  average_attendance_rate: 'round(avg(100.0 * attended / nullif(planned, 0)), 1)',
  completion_rate: `round(100.0 * count(*) FILTER (WHERE status = 'completed') / nullif(count(*), 0), 1)`,
  average_knowledge_gain: 'round(avg(gain), 1)',
  average_evaluation_rating: 'round(avg(rating), 2)',
  training_hours: 'round(sum(hours), 1)',
};

export function measuresSelect(): string {
  return Object.entries(MEASURE_SQL)
    .map(([name, sql]) => `${sql} AS ${name}`)
    .join(',\n       ');
}

function latest(a?: string | null, b?: string | null): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

function earliest(a?: string | null, b?: string | null): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a < b ? a : b;
}
