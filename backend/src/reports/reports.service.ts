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
  type BreakdownRow,
  type Dashboard,
  type DrillDownSession,
  type IndicatorState,
  type IndicatorValue,
  type Measure,
  type ReportFilters,
} from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { IndicatorEntity } from './indicator.entity';
import { measuresSelect, MEASURE_SQL, participantsSql } from './report-sql';
import { SaveIndicatorDto } from './reports.dto';

type Measures = Record<Measure, number | null>;

type FigureRow = Record<Measure, string | null> & {
  by_gender: number;
  by_type: number;
  by_province: number;
  by_session: number;
  gender: string | null;
  organisation_type: string | null;
  province: string | null;
  session_id: string | null;
  title: string | null;
  people: number;
  gain_trainees: number;
};
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

  get minCell(): number {
    return this.config.reportMinCell;
  }

  async dashboard(filters: ReportFilters, now = new Date()): Promise<Dashboard> {
    const indicators = await this.db.getRepository(IndicatorEntity).find({ order: { code: 'ASC' } });
    const periods = [...new Set(indicators.map((i) => `${i.periodStart}|${i.periodEnd}`))];
    const [figures, byPeriod, completionsByMonth] = await Promise.all([
      this.figures(filters),
      Promise.all(
        periods.map(
          async (p) =>
            [p, await this.measures(filters, { from: p.split('|')[0], to: p.split('|')[1] })] as const,
        ),
      ),
      this.completionsByMonth(filters),
    ]);
    const { measures, gender, organisationTypes, provinces, knowledgeGainBySession } = figures;
    const periodMeasures = new Map(byPeriod);
    return {
      filters,
      indicators: indicators.map((indicator) =>
        this.indicatorValue(
          indicator,
          periodMeasures.get(`${indicator.periodStart}|${indicator.periodEnd}`) as Measures,
          now,
        ),
      ),
      measures,
      completionsByMonth,
      gender,
      organisationTypes,
      provinces,
      knowledgeGainBySession,
    };
  }

  /**
   * The dashboard's figures in one pass over the participants: totals, the three breakdowns
   * and the gain per session, as grouping sets of a single query.
   */
  private async figures(filters: ReportFilters) {
    const { sql, params } = participantsSql(filters, { from: null, to: null });
    const rows: FigureRow[] = await this.db.query(
      `${sql} SELECT GROUPING(gender) AS by_gender, GROUPING(organisation_type) AS by_type, GROUPING(province) AS by_province,
              GROUPING(session_id) AS by_session, gender, organisation_type, province, session_id,
              (SELECT title FROM scope WHERE scope.id = session_id) AS title,
              count(DISTINCT person_id)::int AS people, count(gain)::int AS gain_trainees,
              ${measuresSelect()}
         FROM participants
        GROUP BY GROUPING SETS ((), (gender), (organisation_type), (province), (session_id))`,
      params,
    );
    const total = rows.find((r) => r.by_gender && r.by_type && r.by_province && r.by_session);
    const measures = Object.fromEntries(
      MEASURES.map((m) => [m, total?.[m] == null ? null : Number(total[m])]),
    ) as Measures;
    if (!total) measures.people_enrolled = 0;
    const walkIns = await this.walkInHours(filters, { from: null, to: null });
    measures.training_hours = Math.round(((measures.training_hours ?? 0) + walkIns) * 10) / 10;
    const group = (pick: (r: FigureRow) => string | null, only: (r: FigureRow) => boolean): BreakdownRow[] =>
      rows
        .filter(only)
        .map((r) => ({ key: pick(r) as string, value: r.people, people: r.people }))
        .sort((a, b) => b.people - a.people || a.key.localeCompare(b.key));
    const genders = group(
      (r) => r.gender,
      (r) => !r.by_gender,
    );
    return {
      measures,
      gender: ['female', 'male', 'other', 'undeclared'].map(
        (key) => genders.find((g) => g.key === key) ?? { key, value: 0, people: 0 },
      ),
      organisationTypes: group(
        (r) => r.organisation_type,
        (r) => !r.by_type,
      ),
      provinces: group(
        (r) => r.province,
        (r) => !r.by_province,
      ),
      knowledgeGainBySession: rows
        .filter((r) => !r.by_session && r.gain_trainees > 0)
        .map((r) => ({
          sessionId: r.session_id as string,
          title: r.title as string,
          averageGain: r.average_knowledge_gain === null ? null : Number(r.average_knowledge_gain),
          trainees: r.gain_trainees,
        }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    };
  }

  async measures(
    filters: ReportFilters,
    period: { from: string | null; to: string | null } = { from: null, to: null },
  ): Promise<Measures> {
    const { sql, params } = participantsSql(filters, period);
    const [row] = await this.db.query(`${sql} SELECT ${measuresSelect()} FROM participants`, params);
    const walkIns = await this.walkInHours(filters, period);
    const measures = Object.fromEntries(
      MEASURES.map((m) => [m, row[m] === null ? null : Number(row[m])]),
    ) as Measures;
    measures.training_hours = Math.round(((measures.training_hours ?? 0) + walkIns) * 10) / 10;
    return measures;
  }

  /** One measure per gender, organisation type or province, with the people behind each figure. */
  async breakdown(filters: ReportFilters, measure: Measure, by: Breakdown): Promise<BreakdownRow[]> {
    const { sql, params } = participantsSql(filters, { from: null, to: null });
    const column = GROUP_COLUMN[by];
    const rows: { key: string; value: string | null; people: number }[] = await this.db.query(
      `${sql} SELECT ${column} AS key, ${MEASURE_SQL[measure]} AS value, count(DISTINCT person_id)::int AS people
         FROM participants GROUP BY ${column} ORDER BY people DESC, key`,
      params,
    );
    const rowsWithAll =
      by === 'gender'
        ? ['female', 'male', 'other', 'undeclared'].map(
            (key) => rows.find((r) => r.key === key) ?? { key, value: '0', people: 0 },
          )
        : rows;
    return rowsWithAll.map((r) => ({
      key: r.key,
      value: r.value === null ? null : Number(r.value),
      people: r.people,
    }));
  }

  /** The sessions behind a figure, each with its own value of the measure. */
  async drillDown(filters: ReportFilters, measure: Measure): Promise<DrillDownSession[]> {
    const { sql, params } = participantsSql(filters, { from: null, to: null });
    const rows: {
      session_id: string;
      title: string;
      training_title: DrillDownSession['trainingTitle'];
      city: string;
      first_at: Date | null;
      value: string | null;
    }[] = await this.db.query(
      // Aggregated before joining, so the measure's columns cannot clash with the joined tables'.
      `${sql} SELECT scope.id AS session_id, scope.title, t.title AS training_title, scope.city, scope.first_at, agg.value
         FROM (SELECT session_id, ${MEASURE_SQL[measure]} AS value FROM participants GROUP BY session_id) agg
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
    };
  }

  private async completionsByMonth(filters: ReportFilters): Promise<{ month: string; completed: number }[]> {
    const { sql, params } = participantsSql(filters, { from: null, to: null });
    const rows: { month: string; completed: number }[] = await this.db.query(
      `${sql} SELECT to_char(date_trunc('month', c.issued_at AT TIME ZONE 'Europe/Istanbul'), 'YYYY-MM') AS month, count(DISTINCT c.enrolment_id)::int AS completed
         FROM participants JOIN certificates c ON c.enrolment_id = participants.enrolment_id AND c.status = 'valid'
        GROUP BY 1 ORDER BY 1`,
      params,
    );
    return rows;
  }

  private async gainBySession(filters: ReportFilters): Promise<Dashboard['knowledgeGainBySession']> {
    const { sql, params } = participantsSql(filters, { from: null, to: null });
    const rows: { session_id: string; title: string; gain: string | null; trainees: number }[] =
      await this.db.query(
        `${sql} SELECT scope.id AS session_id, scope.title, round(avg(gain), 1) AS gain, count(gain)::int AS trainees
         FROM participants JOIN scope ON scope.id = participants.session_id
        GROUP BY scope.id, scope.title HAVING count(gain) > 0 ORDER BY scope.title`,
        params,
      );
    return rows.map((r) => ({
      sessionId: r.session_id,
      title: r.title,
      averageGain: r.gain === null ? null : Number(r.gain),
      trainees: r.trainees,
    }));
  }

  /** Hours attended by walk-in participants, who count in training hours before they have an account. */
  private async walkInHours(
    filters: ReportFilters,
    period: { from: string | null; to: string | null },
  ): Promise<number> {
    if (filters.organisationType || filters.province) return 0;
    const { sql, params } = participantsSql(filters, period);
    const [row] = await this.db.query(
      `${sql} SELECT coalesce(sum(extract(epoch FROM m.ends_at - m.starts_at)) / 3600.0, 0) AS hours
         FROM attendance_records a JOIN meetings m ON m.id = a.meeting_id JOIN scope ON scope.id = m.session_id
        WHERE a.walk_in_id IS NOT NULL AND a.status IN ('present', 'late')`,
      params,
    );
    return Number(row.hours);
  }
}
