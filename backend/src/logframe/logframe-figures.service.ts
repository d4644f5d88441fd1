import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  LogframeCurrentValue,
  LogframeDisaggregation,
  LogframeDisaggregationRow,
  LogframePeriod,
} from '@atolye/shared';
import { ProgrammeEventsRepository } from '../programme-events/programme-events.repository';
import { ReportsService } from '../reports/reports.service';
import type { LogframeIndicatorEntity } from './logframe.entity';
import type { StoredValue } from './logframe.repository';
import { sourceOf, type LogframeSourceContext } from './logframe-sources';

const istanbulToday = (now: Date) => now.toLocaleDateString('en-CA', { timeZone: 'Europe/Istanbul' });

/**
 * The logframe's figures: every indicator's value for a period, from its source in the registry
 * (logframe-sources.ts) or from the values entered by hand (the rule `logframe_manual_value` of
 * figure-definitions.ts, applied here and nowhere else).
 */
@Injectable()
export class LogframeFiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reports: ReportsService,
    private readonly events: ProgrammeEventsRepository,
  ) {}

  /**
   * The period asked for; a missing end is today (Istanbul), or the end of the start's year when
   * that start is later; a missing start is the earliest baseline, or the first day of the end's
   * year when no baseline comes before the end.
   */
  period(
    query: { from?: string; to?: string },
    indicators: LogframeIndicatorEntity[],
    now: Date,
  ): LogframePeriod {
    const today = istanbulToday(now);
    const to = query.to ?? (query.from && query.from > today ? `${query.from.slice(0, 4)}-12-31` : today);
    const [earliest] = indicators.map((i) => i.baselineDate).sort();
    const from = query.from ?? (earliest && earliest <= to ? earliest : `${to.slice(0, 4)}-01-01`);
    if (from > to)
      throw new BadRequestException({
        message: 'to: must be on or after from',
        details: [{ field: 'to', reason: 'must be on or after from' }],
      });
    return { from, to };
  }

  context(now: Date): LogframeSourceContext {
    const computed = new Map<string, Promise<unknown>>();
    return {
      db: this.db,
      reports: this.reports,
      events: this.events,
      now,
      once<T>(key: string, compute: () => Promise<T>): Promise<T> {
        if (!computed.has(key)) computed.set(key, compute());
        return computed.get(key) as Promise<T>;
      },
    };
  }

  /** Each indicator's values over the periods, computed sources side by side, manual ones from their values. */
  async valuesOver(
    indicators: LogframeIndicatorEntity[],
    values: StoredValue[],
    periods: LogframePeriod[],
    context: LogframeSourceContext,
  ): Promise<Map<string, LogframeCurrentValue[]>> {
    const entries = await Promise.all(
      indicators.map(async (indicator): Promise<[string, LogframeCurrentValue[]]> => {
        const source = sourceOf(indicator.source);
        if (source) {
          const computed = await source.values(context, periods);
          return [indicator.id, computed.map((value) => ({ value, manualValueId: null }))];
        }
        const own = values.filter((v) => v.indicatorId === indicator.id);
        return [indicator.id, periods.map((period) => manualValueIn(own, period))];
      }),
    );
    return new Map(entries);
  }

  /** One indicator's value for the period split by one of its disaggregations. */
  async split(
    indicator: LogframeIndicatorEntity,
    manual: StoredValue | null,
    period: LogframePeriod,
    by: LogframeDisaggregation,
    context: LogframeSourceContext,
  ): Promise<LogframeDisaggregationRow[]> {
    const source = sourceOf(indicator.source);
    if (source) return source.disaggregations.includes(by) ? source.split(context, period, by) : [];
    return (manual?.cells ?? []).filter((c) => c.by === by).map((c) => ({ key: c.key, value: c.value }));
  }
}

/**
 * The value entered for the latest reporting period lying within the period, the later entry
 * when two cover the same days (`values` come newest period first, then newest entry first).
 */
export function manualValueIn(values: StoredValue[], period: LogframePeriod): LogframeCurrentValue {
  const chosen = values.find((v) => v.periodStart >= period.from && v.periodEnd <= period.to);
  return chosen ? { value: chosen.value, manualValueId: chosen.id } : { value: null, manualValueId: null };
}

/** Calendar years from the baseline's to the target's (at most ten), for values over time. */
export function yearsOf(indicator: LogframeIndicatorEntity): LogframePeriod[] {
  const first = Number(indicator.baselineDate.slice(0, 4));
  const last = Math.min(Number(indicator.targetDate.slice(0, 4)), first + 9);
  return Array.from({ length: last - first + 1 }, (_, k) => ({
    from: `${first + k}-01-01`,
    to: `${first + k}-12-31`,
  }));
}
