import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, AuditEntry, Page } from '@atolye/shared';
import type { AuditEntryEntity } from './audit-entry.entity';
import { type AuditRecord, AuditRepository } from './audit.repository';

export type { AuditRecord } from './audit.repository';

@Injectable()
export class AuditService {
  private readonly entries: AuditRepository;

  // The repository is made here rather than injected: the admin command builds this service by
  // hand on a plain connection.
  constructor(@InjectDataSource() db: DataSource) {
    this.entries = new AuditRepository(db);
  }

  /** Pass the transaction's manager so the entry is written with the change, or not at all. */
  async record(entry: AuditRecord, manager: EntityManager): Promise<void> {
    await this.entries.insert(manager, entry);
  }

  async list(
    page: number,
    pageSize: number,
    filter: { action?: AuditAction; subjectId?: string },
  ): Promise<Page<AuditEntry>> {
    const [rows, total] = await this.entries.page(page, pageSize, filter);
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
