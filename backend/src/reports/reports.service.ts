import {
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  BadRequestException,
} from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
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
} from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FIGURE_DEFINITIONS, figureDefinition } from '../figures/figure-definitions';
import { IndicatorEntity } from './indicator.entity';
import type { Period } from './report-sql';
import { type MeasureRow, ReportsRepository } from './reports.repository';
import { SaveIndicatorDto } from './reports.dto';

type Measures = Record<Measure, number | null>;

/** Donor indicators and their breakdowns, every figure an SQL aggregate. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reports: ReportsRepository,
  ) {}

  get minCell(): number {
    return this.config.reportMinCell;
  }

  async dashboard(filters: ReportFilters, now = new Date()): Promise<Dashboard> {
    const indicators = await this.reports.indicators();
    const periodKeys = [...new Set(indicators.map((i) => `${i.periodStart}|${i.periodEnd}`))];
    const periods = periodKeys.map((key) => ({ from: key.split('|')[0], to: key.split('|')[1] }));
    const [{ people, seats, slice }, completionsByMonth, sessionProgress] = await Promise.all([
      this.passes(filters, periods),
      this.reports.completionsByMonth(filters),
      this.reports.sessionProgress(filters),
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
    const [people, seats, walkIns, capacity] = await Promise.all([
      this.reports.peoplePass(filters, periods),
      this.reports.seatPass(filters, periods),
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
        this.reports.capacity({
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
    const rows = await this.reports.breakdown(filters, measure, by);
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
    const rows = await this.reports.drillDown(filters, measure);
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
    if (id && !(await this.reports.indicatorExists(id)))
      throw new NotFoundException('No indicator with this id');
    let saved: IndicatorEntity;
    try {
      saved = await this.reports.saveIndicator({ ...(id ? { id } : {}), ...request });
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
    if (!(await this.reports.deleteIndicator(id))) throw new NotFoundException('No indicator with this id');
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

  /** Walk-ins' hours, which no filter by organisation type or province can reach (they have none). */
  private async walkInHours(filters: ReportFilters, periods: Period[]): Promise<{ slices: number[] }> {
    if (filters.organisationType || filters.province) return { slices: [0, ...periods.map(() => 0)] };
    return { slices: await this.reports.walkInHours(filters, periods) };
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
