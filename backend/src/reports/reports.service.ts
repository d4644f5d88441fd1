import {
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  BadRequestException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  LEVEL_MEASURES,
  MEASURES,
  type Breakdown,
  type BreakdownMeasure,
  type BreakdownRow,
  type Dashboard,
  type DrillDownSession,
  type IndicatorState,
  type IndicatorValue,
  type Measure,
  type ReportFilters,
  type SessionProgressFigure,
} from '@atolye/shared';
import { capacityFigures } from '../capacity/capacity-figures';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FIGURE_DEFINITIONS, figureDefinition } from './figure-definitions';
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
import { SaveIndicatorDto } from './reports.dto';
import { peoplePass, seatPass, type MeasureRow, type ReportQuery } from './dashboard-passes';

type Measures = Record<Measure, number | null>;

const GROUP_COLUMN: Record<Breakdown, string> = {
  gender: 'gender',
  organisation_type: 'organisation_type',
  province: 'province',
};

/** Donor indicators and their breakdowns, every figure an SQL aggregate. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

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

  get minCell(): number {
    return this.config.reportMinCell;
  }

  async dashboard(filters: ReportFilters, now = new Date()): Promise<Dashboard> {
    const indicators = await this.db.getRepository(IndicatorEntity).find({ order: { code: 'ASC' } });
    const periodKeys = [...new Set(indicators.map((i) => `${i.periodStart}|${i.periodEnd}`))];
    const periods = periodKeys.map((key) => ({ from: key.split('|')[0], to: key.split('|')[1] }));
    const [{ people, seats, slice }, completionsByMonth, sessionProgress] = await Promise.all([
      this.passes(filters, periods),
      this.completionsByMonth(filters),
      this.sessionProgress(filters),
    ]);
    const periodMeasures = new Map(periodKeys.map((key, k) => [key, slice(k + 1)]));
    const group = (key: Breakdown): BreakdownRow[] =>
      people.groups
        .filter((r) => r.groupedBy === key)
        .map((r) => ({ key: r.key, value: r.people, people: r.people }))
        .sort((a, b) => b.people - a.people || a.key.localeCompare(b.key));
    const genders = group('gender');
    return {
      filters,
      indicators: indicators.map((indicator) =>
        this.indicatorValue(
          indicator,
          periodMeasures.get(`${indicator.periodStart}|${indicator.periodEnd}`) as Measures,
          now,
        ),
      ),
      measures: slice(0),
      completionsByMonth,
      gender: GENDERS.map((key) => genders.find((g) => g.key === key) ?? { key, value: 0, people: 0 }),
      organisationTypes: group('organisation_type'),
      provinces: group('province'),
      knowledgeGainBySession: seats.sessions,
      progress: { ...sessionProgress, enrolments_in_progress: seats.enrolmentsInProgress },
      definitions: [...FIGURE_DEFINITIONS],
    };
  }

  /**
   * Sessions ended, in progress and not started: a read of the sessions in scope and their
   * meetings only (PostgreSQL computes no enrolment rows for it).
   */
  private async sessionProgress(
    filters: ReportFilters,
  ): Promise<Omit<Record<SessionProgressFigure, number>, 'enrolments_in_progress'>> {
    const { sql, params } = reportSql(filters);
    const [row] = await this.query<[Omit<Record<SessionProgressFigure, number>, 'enrolments_in_progress'>]>(
      `${sql} SELECT count(*) FILTER (WHERE ended)::int AS sessions_ended,
                     count(*) FILTER (WHERE started AND NOT ended)::int AS sessions_in_progress,
                     count(*) FILTER (WHERE NOT started)::int AS sessions_upcoming
                FROM scope`,
      params,
    );
    return row;
  }

  /** The measures of one period, computed as the dashboard computes each indicator's. */
  async measures(filters: ReportFilters, period: Period): Promise<Measures> {
    return (await this.passes(filters, [period])).slice(1);
  }

  /** The measures of several periods in the same passes, in the order of the periods. */
  async measuresOver(filters: ReportFilters, periods: Period[]): Promise<Measures[]> {
    const { slice } = await this.passes(filters, periods);
    return periods.map((_, k) => slice(k + 1));
  }

  /**
   * The dashboard's passes over the programme, side by side: people and enrolments, each for the
   * whole programme (slice 0) and every period (slice k + 1), and walk-ins' hours.
   */
  private async passes(filters: ReportFilters, periods: Period[]) {
    const query: ReportQuery = (sql, params) => this.query(sql, params);
    const [people, seats, walkIns, capacity] = await Promise.all([
      peoplePass(query, filters, periods),
      seatPass(query, filters, periods),
      this.walkInHours(filters, periods),
      this.capacityImproved(filters, periods),
    ]);
    const slice = (k: number) => ({
      ...toMeasures({ ...people.slices[k], ...seats.slices[k] }, walkIns.slices[k]),
      organisations_capacity_improved: capacity[k],
    });
    return { people, seats, slice };
  }

  /**
   * Organisations whose capacity score improved, for the dashboard's dates (slice 0) and each
   * period; counted over organisations' self-assessments, so a training or session filter leaves
   * it without a value.
   */
  private async capacityImproved(filters: ReportFilters, periods: Period[]): Promise<(number | null)[]> {
    const scopes = [{ from: filters.from, to: filters.to }, ...periods];
    if (filters.trainingId || filters.sessionId) return scopes.map(() => null);
    const figures = await Promise.all(
      scopes.map((period) =>
        capacityFigures(this.db, {
          from: period.from,
          to: period.to,
          organisationType: filters.organisationType,
          province: filters.province,
        }),
      ),
    );
    return figures.map((f) => f.improved);
  }

  /** One measure per gender, organisation type or province, with the people behind each figure. */
  async breakdown(filters: ReportFilters, measure: BreakdownMeasure, by: Breakdown): Promise<BreakdownRow[]> {
    const { sql, params } = reportSql(filters);
    const column = GROUP_COLUMN[by];
    const rows: { key: string; value: string | null; people: number }[] = await this.query(
      isPersonMeasure(measure)
        ? `${sql} SELECT ${column} AS key, ${measureSql(measure)} AS value, count(*)::int AS people
             FROM persons GROUP BY ${column} ORDER BY people DESC, key`
        : `${sql} SELECT ${column} AS key, ${measureSql(measure)} AS value, count(DISTINCT person_id)::int AS people
             FROM person_seats GROUP BY ${column} ORDER BY people DESC, key`,
      params,
    );
    const rowsWithAll =
      by === 'gender'
        ? GENDERS.map((key) => rows.find((r) => r.key === key) ?? { key, value: '0', people: 0 })
        : rows;
    return rowsWithAll.map((r) => ({
      key: r.key,
      value: r.value === null ? null : Number(r.value),
      people: r.people,
    }));
  }

  /** The sessions behind a figure, each with its own value of the measure. */
  async drillDown(filters: ReportFilters, measure: BreakdownMeasure): Promise<DrillDownSession[]> {
    const { sql, params } = reportSql(filters, { perSession: true });
    const rows: {
      session_id: string;
      title: string;
      training_title: DrillDownSession['trainingTitle'];
      city: string;
      first_at: Date | null;
      value: string | null;
    }[] = await this.query(
      // Aggregated before joining, so the measure's columns cannot clash with the joined tables'.
      `${sql} SELECT scope.id AS session_id, scope.title, t.title AS training_title, scope.city, scope.first_at, agg.value
         FROM (SELECT session_id, ${measureSql(measure)} AS value FROM ${isPersonMeasure(measure) ? 'persons' : 'seats'} GROUP BY session_id) agg
         JOIN scope ON scope.id = agg.session_id JOIN trainings t ON t.id = scope.training_id
        ORDER BY scope.first_at DESC NULLS LAST`,
      params,
    );
    return rows.map((r) => ({
      sessionId: r.session_id,
      title: r.title,
      trainingTitle: r.training_title,
      city: r.city,
      startsAt: r.first_at ? new Date(r.first_at).toISOString() : null,
      value: r.value === null ? null : Number(r.value),
    }));
  }

  async saveIndicator(id: string | null, request: SaveIndicatorDto): Promise<IndicatorValue> {
    if (request.periodEnd < request.periodStart) {
      throw new BadRequestException({
        message: 'periodEnd: must not be before periodStart',
        details: [{ field: 'periodEnd', reason: 'must not be before periodStart' }],
      });
    }
    const repository = this.db.getRepository(IndicatorEntity);
    if (id && !(await repository.exists({ where: { id } })))
      throw new NotFoundException('No indicator with this id');
    let saved: IndicatorEntity;
    try {
      saved = await repository.save({ ...(id ? { id } : {}), ...request });
    } catch (error) {
      // The unique index on code decides between two indicators given the same reference.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictException({
          message: 'code: another indicator has this code',
          details: [{ field: 'code', reason: 'another indicator has this code' }],
        });
      }
      throw error;
    }
    const measures = await this.measures({}, { from: saved.periodStart, to: saved.periodEnd });
    return this.indicatorValue(saved, measures, new Date());
  }

  async deleteIndicator(id: string): Promise<void> {
    const result = await this.db.getRepository(IndicatorEntity).delete({ id });
    if (!result.affected) throw new NotFoundException('No indicator with this id');
  }

  /**
   * Counts should grow with the period: on track when the share of the target reached keeps up
   * with the share of the period gone by. Rates and averages are compared with the target itself.
   */
  indicatorValue(indicator: IndicatorEntity, measures: Measures, now: Date): IndicatorValue {
    const value = measures[indicator.measure];
    const progress =
      value === null || indicator.target === 0 ? null : Math.round((1000 * value) / indicator.target) / 10;
    let state: IndicatorState;
    if (value === null) state = 'off_track';
    else if (LEVEL_MEASURES.includes(indicator.measure))
      state =
        value >= indicator.target ? 'on_track' : value >= 0.9 * indicator.target ? 'at_risk' : 'off_track';
    else {
      const start = new Date(`${indicator.periodStart}T00:00:00Z`).getTime();
      const end = new Date(`${indicator.periodEnd}T23:59:59Z`).getTime();
      const elapsed = Math.min(1, Math.max(0, (now.getTime() - start) / Math.max(1, end - start)));
      const reached = indicator.target === 0 ? 1 : value / indicator.target;
      state = reached >= elapsed ? 'on_track' : reached >= 0.75 * elapsed ? 'at_risk' : 'off_track';
    }
    return {
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      measure: indicator.measure,
      target: indicator.target,
      periodStart: indicator.periodStart,
      periodEnd: indicator.periodEnd,
      value,
      state,
      progressPercent: progress,
      definition: figureDefinition(indicator.measure).definition,
    };
  }

  private async completionsByMonth(filters: ReportFilters): Promise<{ month: string; completed: number }[]> {
    const { sql, params } = reportSql(filters);
    const rows: { month: string; completed: number }[] = await this.query(
      `${sql} SELECT to_char(date_trunc('month', c.issued_at AT TIME ZONE 'Europe/Istanbul'), 'YYYY-MM') AS month, count(DISTINCT c.enrolment_id)::int AS completed
         FROM seats JOIN certificates c ON c.enrolment_id = seats.enrolment_id AND c.status = 'valid'
        WHERE seats.certified
        GROUP BY 1 ORDER BY 1`,
      params,
    );
    return rows;
  }

  /**
   * Hours attended by walk-in participants, who count in training hours before they have an
   * account: slice 0 for the whole programme, slice k + 1 for periods[k].
   */
  private async walkInHours(filters: ReportFilters, periods: Period[]): Promise<{ slices: number[] }> {
    if (filters.organisationType || filters.province) return { slices: [0, ...periods.map(() => 0)] };
    const { sql, params } = reportSql(filters, { periods });
    const hours = (s: Slice) =>
      `coalesce(sum(extract(epoch FROM m.ends_at - m.starts_at)) FILTER (WHERE ${s.in}) / 3600.0, 0)`;
    const [row] = await this.query<[{ slices: string[] }]>(
      `${sql} SELECT json_build_array(${[EVERYTHING, ...periods.map((_, k) => periodSlice(k))].map(hours).join(', ')}) AS slices
         FROM attendance_records a JOIN meetings m ON m.id = a.meeting_id JOIN scope ON scope.id = m.session_id
        WHERE a.walk_in_id IS NOT NULL AND a.status IN ('present', 'late')`,
      params,
    );
    return { slices: row.slices.map(Number) };
  }
}

const GENDERS = ['female', 'male', 'other', 'undeclared'];

function toMeasures(row: MeasureRow, walkInHours: number): Measures {
  const measures = Object.fromEntries(
    MEASURES.map((m) => [m, row[m] === null || row[m] === undefined ? null : Number(row[m])]),
  ) as Measures;
  measures.people_enrolled ??= 0;
  measures.training_hours = Math.round(((measures.training_hours ?? 0) + walkInHours) * 10) / 10;
  return measures;
}
