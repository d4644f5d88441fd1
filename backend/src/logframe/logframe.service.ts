import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type {
  FieldError,
  Logframe,
  LogframeIndicator,
  LogframeItem,
  LogframePeriod,
  MoveLogframeItemRequest,
  SaveLogframeIndicatorRequest,
  SaveLogframeItemRequest,
} from '@atolye/shared';
import { figureDefinition } from '../figures/figure-definitions';
import { LogframeIndicatorEntity, LogframeItemEntity } from './logframe.entity';
import { LogframeFiguresService } from './logframe-figures.service';
import { LogframeRepository } from './logframe.repository';
import { COMPUTED_PREFIX, sourceOf, sourceOptions, sourceWords } from './logframe-sources';
import { codedTree, PARENT_LEVEL } from './logframe-tree';

export function refuse(field: string, reason: string): never {
  const details: FieldError[] = [{ field, reason }];
  throw new BadRequestException({ message: `${field}: ${reason}`, details });
}

/** The programme's logframe: its tree of objectives, results and activities, and their indicators. */
@Injectable()
export class LogframeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: LogframeRepository,
    private readonly figures: LogframeFiguresService,
  ) {}

  /** The whole logframe with every indicator's value for the period. */
  async logframe(query: { from?: string; to?: string }, now = new Date()): Promise<Logframe> {
    const [items, indicators, values] = await Promise.all([
      this.repository.items(),
      this.repository.indicators(),
      this.repository.values(),
    ]);
    const period = this.figures.period(query, indicators, now);
    const current = await this.figures.valuesOver(indicators, values, [period], this.figures.context(now));
    return {
      period,
      items: this.shape(
        items,
        indicators,
        (id) => current.get(id)?.[0] ?? { value: null, manualValueId: null },
      ),
      sources: sourceOptions(),
      manualValueDefinition: figureDefinition('logframe_manual_value'),
    };
  }

  /** Items depth first with their codes, each with its indicators in order. */
  shape(
    items: LogframeItemEntity[],
    indicators: LogframeIndicatorEntity[],
    current: (indicatorId: string) => LogframeIndicator['current'],
  ): LogframeItem[] {
    return codedTree(items).map((item) => ({
      id: item.id,
      level: item.level,
      parentId: item.parentId,
      code: item.code,
      title: item.title,
      assumptions: item.assumptions,
      indicators: indicators
        .filter((i) => i.itemId === item.id)
        .map((indicator, index) =>
          toIndicator(indicator, `${item.code}-${index + 1}`, current(indicator.id)),
        ),
    }));
  }

  async createItem(request: SaveLogframeItemRequest): Promise<LogframeItem> {
    await this.checkItem(null, request);
    const position = await this.repository.nextPosition('logframe_items', 'parent_id', request.parentId);
    const saved = await this.db.getRepository(LogframeItemEntity).save({ ...request, position });
    return this.itemOf(saved.id);
  }

  async updateItem(id: string, request: SaveLogframeItemRequest): Promise<LogframeItem> {
    const existing = await this.repository.item(id);
    if (!existing) throw new NotFoundException('No logframe item with this id');
    if (request.level !== existing.level) refuse('level', 'cannot change; add a new item at the other level');
    await this.checkItem(id, request);
    const position =
      request.parentId === existing.parentId
        ? existing.position
        : await this.repository.nextPosition('logframe_items', 'parent_id', request.parentId);
    await this.db
      .getRepository(LogframeItemEntity)
      .update(
        { id },
        { parentId: request.parentId, title: request.title, assumptions: request.assumptions, position },
      );
    return this.itemOf(id);
  }

  /** Swaps the item with its neighbour among its siblings; at either end it stays. */
  async moveItem(id: string, request: MoveLogframeItemRequest): Promise<LogframeItem> {
    const item = await this.repository.item(id);
    if (!item) throw new NotFoundException('No logframe item with this id');
    await this.db.transaction(async (manager) => {
      const siblings = await manager.getRepository(LogframeItemEntity).find({
        where: { parentId: item.parentId ?? IsNull(), level: item.level },
        order: { position: 'ASC' },
      });
      const index = siblings.findIndex((s) => s.id === id);
      const other = siblings[request.direction === 'up' ? index - 1 : index + 1];
      if (!other) return;
      // Positions are renumbered 1..n so that equal positions cannot make a swap a no-op.
      const order = siblings.map((s) => s.id);
      [order[index], order[siblings.indexOf(other)]] = [other.id, id];
      for (const [k, siblingId] of order.entries())
        await manager.getRepository(LogframeItemEntity).update({ id: siblingId }, { position: k + 1 });
    });
    return this.itemOf(id);
  }

  /** Removes the item with everything under it: its children, their indicators and values. */
  async removeItem(id: string): Promise<void> {
    const result = await this.db.getRepository(LogframeItemEntity).delete({ id });
    if (!result.affected) throw new NotFoundException('No logframe item with this id');
  }

  async createIndicator(itemId: string, request: SaveLogframeIndicatorRequest): Promise<LogframeIndicator> {
    if (!(await this.repository.item(itemId))) throw new NotFoundException('No logframe item with this id');
    checkIndicator(request);
    const position = await this.repository.nextPosition('logframe_indicators', 'item_id', itemId);
    const saved = await this.db.getRepository(LogframeIndicatorEntity).save({ ...request, itemId, position });
    return this.indicatorOf(saved.id);
  }

  async updateIndicator(id: string, request: SaveLogframeIndicatorRequest): Promise<LogframeIndicator> {
    if (!(await this.repository.indicator(id)))
      throw new NotFoundException('No logframe indicator with this id');
    checkIndicator(request);
    await this.db.getRepository(LogframeIndicatorEntity).update(
      { id },
      {
        text: request.text,
        unit: request.unit,
        baselineValue: request.baselineValue,
        baselineDate: request.baselineDate,
        targetValue: request.targetValue,
        targetDate: request.targetDate,
        meansOfVerification: request.meansOfVerification,
        disaggregations: request.disaggregations,
        source: request.source,
      },
    );
    return this.indicatorOf(id);
  }

  async removeIndicator(id: string): Promise<void> {
    const result = await this.db.getRepository(LogframeIndicatorEntity).delete({ id });
    if (!result.affected) throw new NotFoundException('No logframe indicator with this id');
  }

  /** An indicator with its code, and its value over the logframe's default period. */
  async indicatorOf(id: string, period: Partial<LogframePeriod> = {}): Promise<LogframeIndicator> {
    const { items } = await this.logframe(period);
    const indicator = items.flatMap((i) => i.indicators).find((i) => i.id === id);
    if (!indicator) throw new NotFoundException('No logframe indicator with this id');
    return indicator;
  }

  private async itemOf(id: string): Promise<LogframeItem> {
    const [items, indicators] = await Promise.all([this.repository.items(), this.repository.indicators()]);
    const item = this.shape(items, indicators, () => ({ value: null, manualValueId: null })).find(
      (i) => i.id === id,
    );
    if (!item) throw new NotFoundException('No logframe item with this id');
    return item;
  }

  /** An item sits under an item of the level above it, and the logframe has one overall objective. */
  private async checkItem(id: string | null, request: SaveLogframeItemRequest): Promise<void> {
    if (!request.title.en && !request.title.tr) refuse('title', 'must be given in English or Turkish');
    const parentLevel = PARENT_LEVEL[request.level];
    if (parentLevel === null) {
      if (request.parentId !== null) refuse('parentId', 'must be empty: the overall objective has no parent');
      const others = await this.db
        .getRepository(LogframeItemEntity)
        .count({ where: { level: 'overall_objective' } });
      if (!id && others > 0) refuse('level', 'the logframe already has its overall objective');
      return;
    }
    if (request.parentId === null)
      refuse('parentId', `must name the ${words(parentLevel)} this item belongs to`);
    const parent = await this.repository.item(request.parentId);
    if (!parent) refuse('parentId', 'names no item of the logframe');
    if (parent.level !== parentLevel)
      refuse(
        'parentId',
        `must be a ${words(parentLevel)}: a ${words(request.level)} cannot sit under a ${words(parent.level)}`,
      );
  }
}

const words = (level: string) => level.replace(/_/g, ' ');

/** A computed indicator names a source of the registry and only the disaggregations it can give. */
function checkIndicator(request: SaveLogframeIndicatorRequest): void {
  if (!request.text.en && !request.text.tr) refuse('text', 'must be given in English or Turkish');
  if (request.targetDate < request.baselineDate) refuse('targetDate', 'must not be before baselineDate');
  if (request.source === 'manual') return;
  const source = sourceOf(request.source);
  if (!request.source.startsWith(COMPUTED_PREFIX) || !source)
    refuse(
      'source',
      `must be "manual" or one of the computed sources (${sourceOptions()
        .map((s) => s.ref)
        .join(', ')})`,
    );
  const unsupported = request.disaggregations.filter((d) => !source.disaggregations.includes(d));
  if (unsupported.length)
    refuse(
      'disaggregations',
      `${unsupported.join(', ')} cannot be computed for ${sourceWords(source).label.en}; it can be split by ${source.disaggregations.join(', ') || 'nothing'}`,
    );
}

function toIndicator(
  indicator: LogframeIndicatorEntity,
  code: string,
  current: LogframeIndicator['current'],
): LogframeIndicator {
  return {
    id: indicator.id,
    itemId: indicator.itemId,
    code,
    text: indicator.text,
    unit: indicator.unit,
    baselineValue: indicator.baselineValue,
    baselineDate: indicator.baselineDate,
    targetValue: indicator.targetValue,
    targetDate: indicator.targetDate,
    meansOfVerification: indicator.meansOfVerification,
    disaggregations: indicator.disaggregations,
    source: indicator.source,
    current,
  };
}
