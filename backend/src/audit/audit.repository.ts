import { DataSource, EntityManager } from 'typeorm';
import type { AuditAction } from '@atolye/shared';
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

/** The audit log: written in the transaction of the change it records, read newest first. */
export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  async insert(manager: EntityManager, entry: AuditRecord): Promise<void> {
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

  /** One page of entries, newest first, and how many match in all. */
  page(
    page: number,
    pageSize: number,
    filter: { action?: AuditAction; subjectId?: string },
  ): Promise<[AuditEntryEntity[], number]> {
    const query = this.db
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .orderBy('entry.at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter.subjectId) query.andWhere('entry.subjectId = :subjectId', { subjectId: filter.subjectId });
    return query.getManyAndCount();
  }
}
