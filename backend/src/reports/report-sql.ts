import type { Measure, ReportFilters } from '@atolye/shared';

export interface Period {
  from: string | null;
  to: string | null;
}

/**
 * The common table expressions every figure is computed from:
 * - `scope`: the sessions in scope, with their first meeting, the number of meetings already
 *   held (started), and whether the session has started and ended (its last meeting is over);
 * - `seats`: one row per enrolment holding a seat in a session in scope, with the person's
 *   gender and organisation, attendance, attended hours, knowledge gain, evaluation rating and
 *   certificate (from participation_facts, kept current by triggers);
 * - `persons`: one row per person (per person and session with `perSession`), with gender,
 *   organisation and place, and whether they completed or were certified in any enrolment;
 * - `person_seats`: `seats` with the person's gender, organisation type and province.
 * Walk-in participants have no account yet, so they are not people here until merged.
 * PostgreSQL computes only the expressions a query reads.
 */
export function reportSql(
  filters: ReportFilters,
  { perSession = false, periods = [] }: { perSession?: boolean; periods?: Period[] } = {},
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const sessionConditions = [
    filters.trainingId ? `s.training_id = ${param(filters.trainingId, 'uuid')}` : null,
    filters.sessionId ? `s.id = ${param(filters.sessionId, 'uuid')}` : null,
  ];
  const { from, to } = filters;
  const dateConditions = [
    from ? `m.first_at >= ${param(from, 'date')}` : null,
    to ? `m.first_at < ${param(to, 'date')} + 1` : null,
  ];
  const organisationConditions = [
    filters.organisationType ? `o.type = ${param(filters.organisationType, 'text')}` : null,
    filters.province ? `o.province = ${param(filters.province, 'text')}` : null,
  ].filter(Boolean);
  const where = (conditions: (string | null)[]) => {
    const present = conditions.filter(Boolean);
    return present.length ? `WHERE ${present.join(' AND ')}` : '';
  };
  const personKey = perSession ? 'person_id, session_id' : 'person_id';
  // in_k: whether the session's first meeting falls in periods[k] (an indicator's period).
  const inPeriod = periods.map((p, k) => {
    const bounds = [
      p.from ? `m.first_at >= ${param(p.from, 'date')}` : null,
      p.to ? `m.first_at < ${param(p.to, 'date')} + 1` : null,
    ].filter(Boolean);
    return `, coalesce(${bounds.length ? bounds.join(' AND ') : 'true'}, false) AS in_${k}`;
  });
  const personInPeriod = periods.map(
    (_, k) =>
      `, bool_or(in_${k}) AS in_${k}, bool_or(completed AND in_${k}) AS completed_${k}, bool_or(certified AND in_${k}) AS certified_${k}`,
  );
  // A person holds at most one seat per session, and most hold one seat at all: only the
  // others need grouping to be counted once.
  const seatAsPerson = `SELECT ${personKey}, gender, organisation_id, completed, certified${periods
    .map(
      (_, k) => `, in_${k}, completed AND in_${k} AS completed_${k}, certified AND in_${k} AS certified_${k}`,
    )
    .join('')} FROM seats`;
  const personRows = perSession
    ? seatAsPerson
    : `${seatAsPerson} WHERE person_seats = 1
       UNION ALL
       SELECT ${personKey}, gender, organisation_id, bool_or(completed) AS completed, bool_or(certified) AS certified${personInPeriod.join('')}
         FROM seats WHERE person_seats > 1 GROUP BY ${personKey}, gender, organisation_id`;
  const sql = `
    WITH scope AS (
      SELECT s.id, s.title, s.city, s.training_id, m.first_at, coalesce(m.held, 0) AS held,
             coalesce(m.first_at <= now(), false) AS started, coalesce(m.last_end <= now(), false) AS ended${inPeriod.join('')}
        FROM sessions s
        LEFT JOIN (SELECT session_id, min(starts_at) AS first_at, max(ends_at) AS last_end,
                          count(*) FILTER (WHERE starts_at <= now())::int AS held
                     FROM meetings GROUP BY session_id) m
          ON m.session_id = s.id
       ${where([...sessionConditions, ...dateConditions])}
    ),
    seats AS NOT MATERIALIZED (
      SELECT f.enrolment_id, f.person_id, f.session_id, f.status = 'completed' AS completed, scope.held, scope.started, scope.ended,
             f.attended_meetings AS attended, f.attended_hours AS hours, f.knowledge_gain AS gain,
             f.evaluation_rating AS rating, f.certified, f.gender, f.organisation_id, f.person_seats
             ${periods.map((_, k) => `, scope.in_${k}`).join('')}
        FROM participation_facts f
        JOIN scope ON scope.id = f.session_id
       WHERE f.status IN ('enrolled', 'completed')
       ${
         organisationConditions.length
           ? `AND f.organisation_id IN (SELECT o.id FROM organisations o WHERE ${organisationConditions.join(' AND ')})`
           : ''
       }
    ),
    persons AS (
      SELECT r.*, coalesce(o.type, 'unknown') AS organisation_type,
             coalesce(o.province, 'unknown') AS province, coalesce(o.country, 'unknown') AS country
        FROM (${personRows}) r
        LEFT JOIN organisations o ON o.id = r.organisation_id
    ),
    person_seats AS (
      SELECT seats.*, coalesce(o.type, 'unknown') AS organisation_type, coalesce(o.province, 'unknown') AS province
        FROM seats LEFT JOIN organisations o ON o.id = seats.organisation_id
    )`;
  return { sql, params };
}

/**
 * Which rows a measure counts: every row, or those of one period (columns in_k, completed_k and
 * certified_k, see `reportSql`).
 */
export interface Slice {
  in: string;
  completed: string;
  certified: string;
}
export const EVERYTHING: Slice = { in: 'true', completed: 'completed', certified: 'certified' };
export const periodSlice = (k: number): Slice => ({
  in: `in_${k}`,
  completed: `completed_${k}`,
  certified: `certified_${k}`,
});

/** Measures counted over people: aggregates over `persons`. */
export function personMeasures(s: Slice = EVERYTHING) {
  return {
    ...personCounts(s),
    organisations_reached: `count(DISTINCT organisation_id) FILTER (WHERE ${s.completed})`,
    provinces_reached: `count(DISTINCT province) FILTER (WHERE ${s.in} AND organisation_id IS NOT NULL)`,
    countries_reached: `count(DISTINCT country) FILTER (WHERE ${s.in} AND organisation_id IS NOT NULL)`,
  } satisfies Partial<Record<Measure, string>>;
}

/** The person measures that need no DISTINCT: aggregates over `persons`. */
export function personCounts(s: Slice = EVERYTHING) {
  return {
    people_enrolled: `count(*) FILTER (WHERE ${s.in})`,
    people_completed: `count(*) FILTER (WHERE ${s.completed})`,
    people_certified: `count(*) FILTER (WHERE ${s.certified})`,
    share_women: `round(100.0 * count(*) FILTER (WHERE ${s.in} AND gender = 'female') / nullif(count(*) FILTER (WHERE ${s.in}), 0), 1)`,
  } satisfies Partial<Record<Measure, string>>;
}

/** Measures over enrolments: aggregates over `seats` (or `person_seats`). */
export function enrolmentMeasures(s: Slice = EVERYTHING) {
  return {
    // Marks on meetings still to come are not attendance yet, hence least().
    average_attendance_rate: rounded(
      `avg(100.0::float8 * least(attended, held) / nullif(held, 0)) FILTER (WHERE ${s.in})`,
      1,
    ),
    completion_rate: `round(100.0 * count(*) FILTER (WHERE ${s.in} AND ended AND completed) / nullif(count(*) FILTER (WHERE ${s.in} AND ended), 0), 1)`,
    average_knowledge_gain: rounded(`avg(gain) FILTER (WHERE ${s.in})`, 1),
    average_evaluation_rating: rounded(`avg(rating) FILTER (WHERE ${s.in})`, 2),
    training_hours: rounded(`sum(hours) FILTER (WHERE ${s.in})`, 1),
  } satisfies Partial<Record<Measure, string>>;
}

/**
 * Rounds a double-precision aggregate for display. The figures are summed in double precision
 * (ten times cheaper than numeric over tens of thousands of rows); rounding first to nine decimals
 * removes the binary noise, so that an exact 6.25 that arrives as 6.2500000000000001 or
 * 6.2499999999999999 is shown as 6.3 either way.
 */
export function rounded(aggregate: string, digits: number): string {
  return `round(round((${aggregate})::numeric, 9), ${digits})`;
}

export type PersonMeasure = keyof ReturnType<typeof personMeasures>;
export type EnrolmentMeasure = keyof ReturnType<typeof enrolmentMeasures>;

export function isPersonMeasure(measure: Measure): measure is PersonMeasure {
  return measure in personMeasures();
}

/** The SQL of one measure over every row of the relation it aggregates. */
export function measureSql(measure: Measure): string {
  return isPersonMeasure(measure)
    ? personMeasures()[measure]
    : enrolmentMeasures()[measure as EnrolmentMeasure];
}
