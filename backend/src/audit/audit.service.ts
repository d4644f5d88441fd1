import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, AuditEntry, Page } from '@atolye/shared';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  actor: { id: string; fullName: string } | null;
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  subjectLabel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Pass the transaction's manager so the entry is written with the change, or not at all. */
  async record(entry: AuditRecord, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_name, action, subject_type, subject_id, subject_label, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.actor?.id ?? null,
        entry.actor?.fullName ?? null,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        entry.subjectLabel,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
      ],
    );
  }

  async list(
    page: number,
    pageSize: number,
    filter: { action?: AuditAction; subjectId?: string },
  ): Promise<Page<AuditEntry>> {
    const query = this.db
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .orderBy('entry.at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter.subjectId) query.andWhere('entry.subjectId = :subjectId', { subjectId: filter.subjectId });
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map(toAuditEntry), total, page, pageSize };
  }
}

function toAuditEntry(row: AuditEntryEntity): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actor: row.actorId ? { id: row.actorId, fullName: row.actorName ?? '' } : null,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    subjectLabel: row.subjectLabel,
    before: row.before,
    after: row.after,
  };
}
