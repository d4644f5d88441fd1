import type { DataSource } from 'typeorm';
import type { CapacityFigures, OrganisationType } from '@atolye/shared';
import { CAPACITY_QUESTIONNAIRE } from './capacity.repository';

export interface CapacityScope {
  /** YYYY-MM-DD, inclusive: rounds submitted on or after this day (UTC). */
  from?: string | null;
  /** YYYY-MM-DD, inclusive. */
  to?: string | null;
  organisationType?: OrganisationType;
  province?: string;
}

/**
 * The capacity figures as figure-definitions.ts defines them (organisations_capacity_assessed,
 * organisations_capacity_both_rounds, organisations_capacity_improved), for any period: the
 * dashboard's measure, its indicators and other features read them from here.
 */
export async function capacityFigures(db: DataSource, scope: CapacityScope = {}): Promise<CapacityFigures> {
  const params = [
    CAPACITY_QUESTIONNAIRE,
    scope.from ?? null,
    scope.to ?? null,
    scope.organisationType ?? null,
    scope.province ?? null,
  ];
  const inPeriod = (column: string) =>
    `(${column} >= $2::date OR $2::date IS NULL) AND (${column} < $3::date + 1 OR $3::date IS NULL)`;
  const [row]: { assessed: number; with_both_rounds: number; improved: number }[] = await db.query(
    `WITH rounds AS (
       SELECT a.organisation_id, q.version, a.round, a.overall_score, a.submitted_at
         FROM capacity_assessments a
         JOIN capacity_questionnaires q ON q.id = a.questionnaire_id AND q.slug = $1
         JOIN organisations o ON o.id = a.organisation_id
        WHERE a.status = 'submitted' AND (o.type = $4::text OR $4::text IS NULL) AND (o.province = $5::text OR $5::text IS NULL)),
     pairs AS (
       SELECT DISTINCT ON (organisation_id) organisation_id, baseline, endline, endline_at
         FROM (SELECT organisation_id, version,
                      max(overall_score) FILTER (WHERE round = 'baseline') AS baseline,
                      max(overall_score) FILTER (WHERE round = 'endline') AS endline,
                      max(submitted_at) FILTER (WHERE round = 'endline') AS endline_at
                 FROM rounds GROUP BY organisation_id, version) v
        WHERE baseline IS NOT NULL AND endline IS NOT NULL
        ORDER BY organisation_id, string_to_array(version, '.')::int[] DESC)
     SELECT (SELECT count(DISTINCT organisation_id) FROM rounds WHERE ${inPeriod('submitted_at')})::int AS assessed,
            count(*) FILTER (WHERE ${inPeriod('endline_at')})::int AS with_both_rounds,
            count(*) FILTER (WHERE ${inPeriod('endline_at')} AND endline > baseline)::int AS improved
       FROM pairs`,
    params,
  );
  return { assessed: row.assessed, withBothRounds: row.with_both_rounds, improved: row.improved };
}
