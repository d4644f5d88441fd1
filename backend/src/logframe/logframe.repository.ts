import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  LogframeEvidenceEntity,
  LogframeIndicatorEntity,
  LogframeItemEntity,
  LogframeValueEntity,
} from './logframe.entity';
import type { EvidenceFile } from './logframe-evidence';

/** A manual value as listed: its evidence's name and size, never its bytes, and who entered it. */
export interface StoredValue extends Omit<LogframeValueEntity, 'evidence' | 'indicator' | 'enterer'> {
  enteredByName: string;
  evidenceType: string | null;
}

/** Reads and writes of the logframe's tables. */
@Injectable()
export class LogframeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  items(): Promise<LogframeItemEntity[]> {
    return this.db.getRepository(LogframeItemEntity).find({ order: { position: 'ASC' } });
  }

  item(id: string): Promise<LogframeItemEntity | null> {
    return this.db.getRepository(LogframeItemEntity).findOneBy({ id });
  }

  indicators(): Promise<LogframeIndicatorEntity[]> {
    return this.db.getRepository(LogframeIndicatorEntity).find({ order: { position: 'ASC' } });
  }

  indicator(id: string): Promise<LogframeIndicatorEntity | null> {
    return this.db.getRepository(LogframeIndicatorEntity).findOneBy({ id });
  }

  /** The values entered by hand, of one indicator or of all, newest period first. */
  async values(indicatorId?: string): Promise<StoredValue[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT v.id, v.indicator_id, to_char(v.period_start, 'YYYY-MM-DD') AS period_start,
              to_char(v.period_end, 'YYYY-MM-DD') AS period_end, v.value, v.cells, v.source_note,
              v.evidence_sha256, v.evidence_name, v.evidence_size, v.entered_by, v.entered_at,
              p.full_name AS entered_by_name, e.media_type AS evidence_type
         FROM logframe_values v
         JOIN people p ON p.id = v.entered_by
         LEFT JOIN logframe_evidence e ON e.sha256 = v.evidence_sha256
        WHERE $1::uuid IS NULL OR v.indicator_id = $1::uuid
        ORDER BY v.period_end DESC, v.entered_at DESC, v.id`,
      [indicatorId ?? null],
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      indicatorId: r['indicator_id'] as string,
      periodStart: r['period_start'] as string,
      periodEnd: r['period_end'] as string,
      value: Number(r['value']),
      cells: r['cells'] as StoredValue['cells'],
      sourceNote: r['source_note'] as string,
      evidenceSha256: r['evidence_sha256'] as string | null,
      evidenceName: r['evidence_name'] as string | null,
      evidenceSize: r['evidence_size'] as number | null,
      evidenceType: r['evidence_type'] as string | null,
      enteredBy: r['entered_by'] as string,
      enteredByName: r['entered_by_name'] as string,
      enteredAt: r['entered_at'] as Date,
    }));
  }

  /** The next position at the end of a list of siblings. */
  async nextPosition(table: 'logframe_items' | 'logframe_indicators', column: string, parent: string | null) {
    const [row]: { next: number }[] = await this.db.query(
      `SELECT coalesce(max(position), 0)::int + 1 AS next FROM ${table} WHERE ${column} IS NOT DISTINCT FROM $1`,
      [parent],
    );
    return row.next;
  }

  /** Keeps an evidence file once, whatever value names it. */
  async keepEvidence(manager: EntityManager, file: EvidenceFile): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(LogframeEvidenceEntity)
      .values({ sha256: file.sha256, mediaType: file.mediaType, bytes: file.bytes })
      .orIgnore()
      .execute();
  }

  async evidenceOf(valueId: string): Promise<{ name: string; mediaType: string; bytes: Buffer } | null> {
    const [row]: { name: string; media_type: string; bytes: Buffer }[] = await this.db.query(
      `SELECT v.evidence_name AS name, e.media_type, e.bytes
         FROM logframe_values v JOIN logframe_evidence e ON e.sha256 = v.evidence_sha256
        WHERE v.id = $1`,
      [valueId],
    );
    return row ? { name: row.name, mediaType: row.media_type, bytes: row.bytes } : null;
  }
}
