import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AGE_BANDS,
  GENDERS,
  ORGANISATION_TYPES,
  type LogframeCell,
  type LogframeDisaggregation,
  type LogframeIndicatorDetail,
  type LogframeManualValue,
  type SaveLogframeValueRequest,
} from '@atolye/shared';
import { figureDefinition } from '../figures/figure-definitions';
import { LogframeValueEntity } from './logframe.entity';
import { parseEvidence } from './logframe-evidence';
import { LogframeFiguresService, yearsOf } from './logframe-figures.service';
import { LogframeRepository, type StoredValue } from './logframe.repository';
import { refuse, LogframeService } from './logframe.service';
import { sourceOf, sourceWords } from './logframe-sources';

/** The keys a cell of each disaggregation may have; provinces are named as written. */
const CELL_KEYS: Partial<Record<LogframeDisaggregation, readonly string[]>> = {
  gender: GENDERS,
  organisation_type: ORGANISATION_TYPES,
  age_band: AGE_BANDS,
};

/** An indicator in detail, and the values entered for it by hand with their evidence. */
@Injectable()
export class LogframeValuesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: LogframeRepository,
    private readonly logframe: LogframeService,
    private readonly figures: LogframeFiguresService,
  ) {}

  async detail(
    id: string,
    query: { from?: string; to?: string },
    now = new Date(),
  ): Promise<LogframeIndicatorDetail> {
    const [entity, values, items, indicators] = await Promise.all([
      this.repository.indicator(id),
      this.repository.values(id),
      this.repository.items(),
      this.repository.indicators(),
    ]);
    if (!entity) throw new NotFoundException('No logframe indicator with this id');
    const period = this.figures.period(query, indicators, now);
    const context = this.figures.context(now);
    const years = yearsOf(entity);
    const [series, current] = await Promise.all([
      this.figures.valuesOver([entity], values, years, context),
      this.figures.valuesOver([entity], values, [period], context),
    ]);
    const currentValue = current.get(id)?.[0] ?? { value: null, manualValueId: null };
    const item = this.logframe
      .shape(items, indicators, (indicatorId) =>
        indicatorId === id ? currentValue : { value: null, manualValueId: null },
      )
      .find((i) => i.id === entity.itemId);
    if (!item) throw new NotFoundException('No logframe indicator with this id');
    const manual = values.find((v) => v.id === currentValue.manualValueId) ?? null;
    const source = sourceOf(entity.source);
    const words = source ? sourceWords(source) : figureDefinition('logframe_manual_value');
    return {
      indicator: item.indicators.find((i) => i.id === id) as LogframeIndicatorDetail['indicator'],
      itemCode: item.code,
      itemTitle: item.title,
      period,
      definition: words.definition,
      sourceLabel: words.label,
      overTime: years.map((p, k) => ({ period: p, value: series.get(id)?.[k]?.value ?? null })),
      disaggregation: await Promise.all(
        entity.disaggregations.map(async (by) => ({
          by,
          rows: await this.figures.split(entity, manual, period, by, context),
        })),
      ),
      manualValues: values.map(toManualValue),
    };
  }

  /** A value entered by hand, with its evidence file kept in the same transaction. */
  async add(
    indicatorId: string,
    request: SaveLogframeValueRequest,
    enteredBy: string,
  ): Promise<LogframeManualValue> {
    const indicator = await this.repository.indicator(indicatorId);
    if (!indicator) throw new NotFoundException('No logframe indicator with this id');
    if (indicator.source !== 'manual')
      refuse(
        'indicator',
        'is computed by the product; values are entered only for indicators measured by hand',
      );
    if (request.periodEnd < request.periodStart) refuse('periodEnd', 'must not be before periodStart');
    checkCells(request.cells, indicator.disaggregations);
    const file = request.evidence ? parseEvidence('evidence.dataUrl', request.evidence.dataUrl) : null;
    const id = await this.db.transaction(async (manager) => {
      if (file) await this.repository.keepEvidence(manager, file);
      const saved = await manager.getRepository(LogframeValueEntity).save({
        indicatorId,
        periodStart: request.periodStart,
        periodEnd: request.periodEnd,
        value: request.value,
        cells: request.cells,
        sourceNote: request.sourceNote,
        evidenceSha256: file?.sha256 ?? null,
        evidenceName: request.evidence?.name ?? null,
        evidenceSize: file?.bytes.length ?? null,
        enteredBy,
      });
      return saved.id;
    });
    const stored = (await this.repository.values(indicatorId)).find((v) => v.id === id) as StoredValue;
    return toManualValue(stored);
  }

  async remove(valueId: string): Promise<void> {
    const result = await this.db.getRepository(LogframeValueEntity).delete({ id: valueId });
    if (!result.affected) throw new NotFoundException('No logframe value with this id');
  }

  async evidence(valueId: string): Promise<{ name: string; mediaType: string; bytes: Buffer }> {
    const file = await this.repository.evidenceOf(valueId);
    if (!file) throw new NotFoundException('No evidence file for this value');
    return file;
  }
}

/** Cells only of the indicator's disaggregations, each key once and known for its kind. */
function checkCells(cells: LogframeCell[], chosen: LogframeDisaggregation[]): void {
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    if (!chosen.includes(cell.by))
      refuse(
        `cells.${index}.by`,
        `${cell.by} is not a disaggregation of this indicator (${chosen.join(', ') || 'none'})`,
      );
    const keys = CELL_KEYS[cell.by];
    if (keys && !keys.includes(cell.key)) refuse(`cells.${index}.key`, `must be one of ${keys.join(', ')}`);
    if (seen.has(`${cell.by}|${cell.key}`)) refuse(`cells.${index}.key`, 'is given twice');
    seen.add(`${cell.by}|${cell.key}`);
  });
}

function toManualValue(v: StoredValue): LogframeManualValue {
  return {
    id: v.id,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    value: v.value,
    cells: v.cells,
    sourceNote: v.sourceNote,
    enteredBy: v.enteredByName,
    enteredAt: new Date(v.enteredAt).toISOString(),
    evidence:
      v.evidenceName && v.evidenceType
        ? { name: v.evidenceName, mediaType: v.evidenceType, size: v.evidenceSize ?? 0 }
        : null,
  };
}
