import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  Breakdown,
  Dashboard,
  DrillDownSession,
  BreakdownMeasure,
  CapacityFigures,
  ReportFilters,
  SessionProgressFigure,
} from '@atolye/shared';
import { capacityFigures, type CapacityScope } from '../capacity/capacity-figures.repository';
import { IndicatorEntity } from './indicator.entity';
import {
  enrolmentMeasures,
  EVERYTHING,
  isPersonMeasure,
  measureSql,
  periodSlice,
  personCounts,
  reportSql,
  rounded,
  type Period,
  type Slice,
} from './report-sql';

const GROUP_COLUMN: Record<Breakdown, string> = {
  gender: 'gender',
  organisation_type: 'organisation_type',
  province: 'province',
};

export type SessionProgressRow = Omit<Record<SessionProgressFigure, number>, 'enrolments_in_progress'>;

export interface BreakdownQueryRow {
  key: string;
  value: string | null;
  people: number;
}

export type MeasureRow = Record<string, string | number | boolean | null>;
export type PeopleGroup = { groupedBy: Breakdown; key: string; people: number };

/**
 * The dashboard reads the programme in two passes, each one scan feeding every aggregate it
 * needs through grouping sets: one over people (peoplePass), one over enrolments (seatPass).
 * Slice 0 is the whole programme, slice k + 1 the k-th indicator period.
 */
const slicesFor = (periods: Period[]): Slice[] => [EVERYTHING, ...periods.map((_, k) => periodSlice(k))];

const suffixed = (measures: Record<string, string>, k: number) =>
  Object.entries(measures).map(([name, sql]) => `${sql} AS ${name}_${k}`);

const unsuffixed = (row: MeasureRow, names: string[], k: number): MeasureRow =>
  Object.fromEntries(names.map((name) => [name, row[`${name}_${k}`]]));

export interface DrillDownRow {
  session_id: string;
  title: string;
  training_title: DrillDownSession['trainingTitle'];
  city: string;
  first_at: Date | null;
  value: string | null;
}

/** The report queries over the programme's scope (see report-sql.ts), and the indicators' table. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A report query, with memory to hash its groups and no JIT compilation (which costs more than it saves here). */
  private async query<T>(sql: string, params: unknown[]): Promise<T> {
    const runner = this.db.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(
        `SELECT set_config('work_mem', '32MB', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`,
      );
      const result = await runner.query(sql, params);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * Person measures of every slice, and people per gender, organisation type and province. People
   * are grouped once by organisation and gender (a few thousand groups at most); every figure,
   * including the organisations, provinces and countries reached, is then summed from those
   * groups instead of from one row per person.
   */
  async peoplePass(
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
    const [row] = await this.query<[{ slices: MeasureRow; groups: PeopleGroup[] | null }]>(
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
  async seatPass(
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
    const [row] = await this.query<
      [{ slices: MeasureRow; sessions: Dashboard['knowledgeGainBySession'] | null }]
    >(
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

  /**
   * Sessions ended, in progress and not started: a read of the sessions in scope and their
   * meetings only (PostgreSQL computes no enrolment rows for it).
   */
  async sessionProgress(filters: ReportFilters): Promise<SessionProgressRow> {
    const { sql, params } = reportSql(filters);
    const [row] = await this.query<[SessionProgressRow]>(
      `${sql} SELECT count(*) FILTER (WHERE ended)::int AS sessions_ended,
                     count(*) FILTER (WHERE started AND NOT ended)::int AS sessions_in_progress,
                     count(*) FILTER (WHERE NOT started)::int AS sessions_upcoming
                FROM scope`,
      params,
    );
    return row;
  }

  /** One measure per group, with the people behind each figure, largest groups first. */
  breakdown(filters: ReportFilters, measure: BreakdownMeasure, by: Breakdown): Promise<BreakdownQueryRow[]> {
    const { sql, params } = reportSql(filters);
    const column = GROUP_COLUMN[by];
    return this.query(
      isPersonMeasure(measure)
        ? `${sql} SELECT ${column} AS key, ${measureSql(measure)} AS value, count(*)::int AS people
             FROM persons GROUP BY ${column} ORDER BY people DESC, key`
        : `${sql} SELECT ${column} AS key, ${measureSql(measure)} AS value, count(DISTINCT person_id)::int AS people
             FROM person_seats GROUP BY ${column} ORDER BY people DESC, key`,
      params,
    );
  }

  /** Each session in scope with its own value of the measure, the latest first. */
  drillDown(filters: ReportFilters, measure: BreakdownMeasure): Promise<DrillDownRow[]> {
    const { sql, params } = reportSql(filters, { perSession: true });
    return this.query(
      // Aggregated before joining, so the measure's columns cannot clash with the joined tables'.
      `${sql} SELECT scope.id AS session_id, scope.title, t.title AS training_title, scope.city, scope.first_at, agg.value
         FROM (SELECT session_id, ${measureSql(measure)} AS value FROM ${isPersonMeasure(measure) ? 'persons' : 'seats'} GROUP BY session_id) agg
         JOIN scope ON scope.id = agg.session_id JOIN trainings t ON t.id = scope.training_id
        ORDER BY scope.first_at DESC NULLS LAST`,
      params,
    );
  }

  completionsByMonth(filters: ReportFilters): Promise<{ month: string; completed: number }[]> {
    const { sql, params } = reportSql(filters);
    return this.query(
      `${sql} SELECT to_char(date_trunc('month', c.issued_at AT TIME ZONE 'Europe/Istanbul'), 'YYYY-MM') AS month, count(DISTINCT c.enrolment_id)::int AS completed
         FROM seats JOIN certificates c ON c.enrolment_id = seats.enrolment_id AND c.status = 'valid'
        WHERE seats.certified
        GROUP BY 1 ORDER BY 1`,
      params,
    );
  }

  /**
   * Hours attended by walk-in participants, who count in training hours before they have an
   * account: slice 0 for the whole programme, slice k + 1 for periods[k].
   */
  async walkInHours(filters: ReportFilters, periods: Period[]): Promise<number[]> {
    const { sql, params } = reportSql(filters, { periods });
    const hours = (s: Slice) =>
      `coalesce(sum(extract(epoch FROM m.ends_at - m.starts_at)) FILTER (WHERE ${s.in}) / 3600.0, 0)`;
    const [row] = await this.query<[{ slices: string[] }]>(
      `${sql} SELECT json_build_array(${[EVERYTHING, ...periods.map((_, k) => periodSlice(k))].map(hours).join(', ')}) AS slices
         FROM attendance_records a JOIN meetings m ON m.id = a.meeting_id JOIN scope ON scope.id = m.session_id
        WHERE a.walk_in_id IS NOT NULL AND a.status IN ('present', 'late')`,
      params,
    );
    return row.slices.map(Number);
  }

  indicators(): Promise<IndicatorEntity[]> {
    return this.db.getRepository(IndicatorEntity).find({ order: { code: 'ASC' } });
  }

  indicatorExists(id: string): Promise<boolean> {
    return this.db.getRepository(IndicatorEntity).exists({ where: { id } });
  }

  saveIndicator(indicator: Partial<IndicatorEntity>): Promise<IndicatorEntity> {
    return this.db.getRepository(IndicatorEntity).save(indicator);
  }

  /** Whether there was such an indicator to delete. */
  async deleteIndicator(id: string): Promise<boolean> {
    return !!(await this.db.getRepository(IndicatorEntity).delete({ id })).affected;
  }

  async trainingTitle(trainingId: string): Promise<Record<string, string> | null> {
    const [training] = await this.db.query('SELECT title FROM trainings WHERE id = $1', [trainingId]);
    return training?.title ?? null;
  }

  async sessionTitleAndCity(sessionId: string): Promise<{ title: string; city: string } | null> {
    const [session] = await this.db.query('SELECT title, city FROM sessions WHERE id = $1', [sessionId]);
    return session ?? null;
  }

  /** Organisations' capacity self-assessment figures (capacity-figures.repository.ts) for one scope. */
  capacity(scope: CapacityScope): Promise<CapacityFigures> {
    return capacityFigures(this.db, scope);
  }
}
