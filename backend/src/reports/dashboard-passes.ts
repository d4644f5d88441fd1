import type { Breakdown, Dashboard, ReportFilters } from '@atolye/shared';
import {
  enrolmentMeasures,
  EVERYTHING,
  periodSlice,
  personCounts,
  reportSql,
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

type SliceFlags = Record<string, boolean>;

/**
 * Person measures of every slice; people per gender, organisation type and province; and
 * organisations, provinces and countries reached, counted as the groups of people who have an
 * organisation rather than with DISTINCT, so that one hashing pass serves every slice.
 */
export async function peoplePass(
  query: ReportQuery,
  filters: ReportFilters,
  periods: Period[],
): Promise<{ slices: MeasureRow[]; groups: PeopleGroup[] }> {
  const { sql, params } = reportSql(filters, { from: null, to: null }, { periods });
  const slices = slicesFor(periods);
  const counts = slices.flatMap((s, k) => suffixed(personCounts(s), k));
  // Each aggregate computes only what its rows need, over persons computed once.
  const reach = (column: string, flag: 'in' | 'completed') =>
    `(SELECT coalesce(json_agg(r), '[]') FROM (
        SELECT ${slices.map((_, k) => `bool_or(slice_${flag}_${k}) AS s${k}`).join(', ')}
          FROM counted WHERE organisation_id IS NOT NULL GROUP BY ${column}) r)`;
  const [row] = await query<
    [
      {
        total: MeasureRow;
        groups: PeopleGroup[];
        organisations: SliceFlags[];
        provinces: SliceFlags[];
        countries: SliceFlags[];
      },
    ]
  >(
    `${sql}, counted AS MATERIALIZED (
       SELECT * ${slices.map((s, k) => `, ${s.in} AS slice_in_${k}, ${s.completed} AS slice_completed_${k}`).join('')} FROM persons)
     SELECT (SELECT row_to_json(t) FROM (SELECT ${counts.join(', ')} FROM counted) t) AS total,
            (SELECT coalesce(json_agg(g), '[]') FROM (
               SELECT CASE WHEN GROUPING(gender) = 0 THEN 'gender' WHEN GROUPING(organisation_type) = 0 THEN 'organisation_type' ELSE 'province' END AS "groupedBy",
                      coalesce(gender, organisation_type, province) AS key, count(*)::int AS people
                 FROM counted GROUP BY GROUPING SETS ((gender), (organisation_type), (province))) g) AS groups,
            ${reach('organisation_id', 'completed')} AS organisations,
            ${reach('province', 'in')} AS provinces,
            ${reach('country', 'in')} AS countries`,
    params,
  );
  const reached = (groups: SliceFlags[], k: number) => groups.filter((g) => g[`s${k}`]).length;
  const names = Object.keys(personCounts());
  return {
    slices: slices.map((_, k) => ({
      ...unsuffixed(row.total, names, k),
      organisations_reached: reached(row.organisations, k),
      provinces_reached: reached(row.provinces, k),
      countries_reached: reached(row.countries, k),
    })),
    groups: row.groups,
  };
}

/** Enrolment measures of every slice, and the knowledge gain per session (sessions with any). */
export async function seatPass(
  query: ReportQuery,
  filters: ReportFilters,
  periods: Period[],
): Promise<{ slices: MeasureRow[]; sessions: Dashboard['knowledgeGainBySession'] }> {
  const { sql, params } = reportSql(filters, { from: null, to: null }, { periods });
  const slices = slicesFor(periods);
  const rows = await query<
    (MeasureRow & {
      no_session: number;
      session_id: string | null;
      title: string | null;
      gain: string | null;
      trainees: number;
    })[]
  >(
    `${sql}
     SELECT g.*, scope.title FROM (
       SELECT GROUPING(session_id) AS no_session, session_id, round(avg(gain), 1) AS gain, count(gain)::int AS trainees,
              ${slices.flatMap((s, k) => suffixed(enrolmentMeasures(s), k)).join(', ')}
         FROM seats GROUP BY GROUPING SETS ((), (session_id))) g
     LEFT JOIN scope ON scope.id = g.session_id`,
    params,
  );
  const total = rows.find((r) => r.no_session === 1) as MeasureRow;
  const names = Object.keys(enrolmentMeasures());
  return {
    slices: slices.map((_, k) => unsuffixed(total, names, k)),
    sessions: rows
      .filter((r) => r.no_session === 0 && r.trainees > 0)
      .map((r) => ({
        sessionId: r.session_id as string,
        title: r.title as string,
        averageGain: r.gain === null ? null : Number(r.gain),
        trainees: r.trainees,
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}
