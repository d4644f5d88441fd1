import type { Breakdown, Dashboard, ReportFilters } from '@atolye/shared';
import {
  enrolmentMeasures,
  EVERYTHING,
  periodSlice,
  personCounts,
  reportSql,
  rounded,
  type Period,
  type Slice,
} from './report-sql';

export type MeasureRow = Record<string, string | number | boolean | null>;
export type ReportQuery = <T>(sql: string, params: unknown[]) => Promise<T>;
export type PeopleGroup = { groupedBy: Breakdown; key: string; people: number };

/**
 * The dashboard reads the programme in two passes, each one scan feeding every aggregate it
 * needs through grouping sets: one over people, one over enrolments. Slice 0 is the whole
 * programme, slice k + 1 the k-th indicator period.
 */
const slicesFor = (periods: Period[]): Slice[] => [EVERYTHING, ...periods.map((_, k) => periodSlice(k))];

const suffixed = (measures: Record<string, string>, k: number) =>
  Object.entries(measures).map(([name, sql]) => `${sql} AS ${name}_${k}`);

const unsuffixed = (row: MeasureRow, names: string[], k: number): MeasureRow =>
  Object.fromEntries(names.map((name) => [name, row[`${name}_${k}`]]));

/**
 * Person measures of every slice, and people per gender, organisation type and province. People
 * are grouped once by organisation and gender (a few thousand groups at most); every figure,
 * including the organisations, provinces and countries reached, is then summed from those
 * groups instead of from one row per person.
 */
export async function peoplePass(
  query: ReportQuery,
  filters: ReportFilters,
  periods: Period[],
): Promise<{ slices: MeasureRow[]; groups: PeopleGroup[] }> {
  const { sql, params } = reportSql(filters, { periods });
  const slices = slicesFor(periods);
  const counted = slices.flatMap((s, k) => [
    `count(*) FILTER (WHERE ${s.in}) AS people_${k}`,
    `count(*) FILTER (WHERE ${s.completed}) AS completed_${k}`,
    `count(*) FILTER (WHERE ${s.certified}) AS certified_${k}`,
  ]);
  const summed = slices.flatMap((_, k) => [
    `coalesce(sum(people_${k}), 0) AS people_enrolled_${k}`,
    `coalesce(sum(completed_${k}), 0) AS people_completed_${k}`,
    `coalesce(sum(certified_${k}), 0) AS people_certified_${k}`,
    `round(100.0 * coalesce(sum(people_${k}) FILTER (WHERE gender = 'female'), 0) / nullif(sum(people_${k}), 0), 1) AS share_women_${k}`,
    `count(DISTINCT organisation_id) FILTER (WHERE completed_${k} > 0) AS organisations_reached_${k}`,
    `count(DISTINCT province) FILTER (WHERE organisation_id IS NOT NULL AND people_${k} > 0) AS provinces_reached_${k}`,
    `count(DISTINCT country) FILTER (WHERE organisation_id IS NOT NULL AND people_${k} > 0) AS countries_reached_${k}`,
  ]);
  const [row] = await query<[{ slices: MeasureRow; groups: PeopleGroup[] | null }]>(
    `${sql},
     grouped AS (SELECT organisation_id, gender, ${counted.join(', ')} FROM persons GROUP BY organisation_id, gender),
     placed AS MATERIALIZED (
       SELECT grouped.*, coalesce(o.type, 'unknown') AS organisation_type, coalesce(o.province, 'unknown') AS province,
              coalesce(o.country, 'unknown') AS country
         FROM grouped LEFT JOIN organisations o ON o.id = grouped.organisation_id)
     SELECT (SELECT row_to_json(t) FROM (SELECT ${summed.join(', ')} FROM placed) t) AS slices,
            (SELECT json_agg(g) FROM (
               SELECT CASE WHEN GROUPING(gender) = 0 THEN 'gender' WHEN GROUPING(organisation_type) = 0 THEN 'organisation_type' ELSE 'province' END AS "groupedBy",
                      coalesce(gender, organisation_type, province) AS key, sum(people_0)::int AS people
                 FROM placed GROUP BY GROUPING SETS ((gender), (organisation_type), (province))) g) AS groups`,
    params,
  );
  const names = [
    ...Object.keys(personCounts()),
    'organisations_reached',
    'provinces_reached',
    'countries_reached',
  ];
  return { slices: slices.map((_, k) => unsuffixed(row.slices, names, k)), groups: row.groups ?? [] };
}

/**
 * Enrolment measures of every slice, the seats in sessions in progress, and the knowledge gain
 * per session (sessions with any).
 */
export async function seatPass(
  query: ReportQuery,
  filters: ReportFilters,
  periods: Period[],
): Promise<{
  slices: MeasureRow[];
  sessions: Dashboard['knowledgeGainBySession'];
  enrolmentsInProgress: number;
}> {
  const { sql, params } = reportSql(filters, { periods });
  const slices = slicesFor(periods);
  // Titles come from sessions rather than scope, so that scope stays inlined and the planner
  // hashes the thousand sessions rather than the enrolments.
  const [row] = await query<[{ slices: MeasureRow; sessions: Dashboard['knowledgeGainBySession'] | null }]>(
    `${sql}
     SELECT (SELECT row_to_json(t) FROM (
               SELECT ${slices.flatMap((s, k) => suffixed(enrolmentMeasures(s), k)).join(', ')},
                      count(*) FILTER (WHERE started AND NOT ended)::int AS in_progress FROM seats) t) AS slices,
            (SELECT json_agg(g ORDER BY g.title) FROM (
               SELECT s.id AS "sessionId", s.title, ${rounded('avg(gain)', 1)}::float8 AS "averageGain", count(*)::int AS trainees
                 FROM seats JOIN sessions s ON s.id = seats.session_id
                WHERE gain IS NOT NULL GROUP BY s.id, s.title) g) AS sessions`,
    params,
  );
  const names = Object.keys(enrolmentMeasures());
  return {
    slices: slices.map((_, k) => unsuffixed(row.slices, names, k)),
    sessions: row.sessions ?? [],
    enrolmentsInProgress: Number(row.slices['in_progress'] ?? 0),
  };
}
