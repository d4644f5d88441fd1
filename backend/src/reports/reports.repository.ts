import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  Breakdown,
  DrillDownSession,
  BreakdownMeasure,
  CapacityFigures,
  ReportFilters,
  SessionProgressFigure,
} from '@atolye/shared';
import { capacityFigures, type CapacityScope } from '../capacity/capacity-figures';
import { IndicatorEntity } from './indicator.entity';
import {
  EVERYTHING,
  isPersonMeasure,
  measureSql,
  periodSlice,
  reportSql,
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
  async query<T>(sql: string, params: unknown[]): Promise<T> {
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

  /** Organisations' capacity self-assessment figures (capacity-figures.ts) for one scope. */
  capacity(scope: CapacityScope): Promise<CapacityFigures> {
    return capacityFigures(this.db, scope);
  }
}
