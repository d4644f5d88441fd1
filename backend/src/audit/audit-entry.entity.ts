import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@atolye/shared';

/** Who changed what and when, with the state before and after. Rows are never updated. */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('audit_log_at_idx')
  @Column('timestamptz', { default: () => 'now()' })
  at: Date;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { name: 'actor_name', nullable: true })
  actorName: string | null;

  @Column('text')
  action: AuditAction;

  @Column('text', { name: 'subject_type' })
  subjectType: string;

  @Index('audit_log_subject_idx')
  @Column('text', { name: 'subject_id' })
  subjectId: string;

  @Column('text', { name: 'subject_label' })
  subjectLabel: string;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;
}
