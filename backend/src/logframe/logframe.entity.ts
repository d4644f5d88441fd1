import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type {
  LocalisedText,
  LogframeCell,
  LogframeDisaggregation,
  LogframeLevel,
  LogframeUnit,
} from '@atolye/shared';
import { PersonEntity } from '../people/person.entity';

/** Numeric columns come back from PostgreSQL as text; the logframe works with numbers. */
const numeric = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** One box of the intervention logic: an objective, a result or an activity, under its parent. */
@Entity('logframe_items')
export class LogframeItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_logframe_items' })
  id: string;

  @Column('text')
  level: LogframeLevel;

  @Index('logframe_items_parent_idx')
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @ManyToOne(() => LogframeItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_logframe_items_parent' })
  parent?: LogframeItemEntity;

  @Column('int')
  position: number;

  @Column('jsonb')
  title: LocalisedText;

  @Column('jsonb', { default: () => "'{}'" })
  assumptions: LocalisedText;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/** An objectively verifiable indicator of an item, computed by the product or entered by hand. */
@Entity('logframe_indicators')
export class LogframeIndicatorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_logframe_indicators' })
  id: string;

  @Index('logframe_indicators_item_idx')
  @Column('uuid', { name: 'item_id' })
  itemId: string;

  @ManyToOne(() => LogframeItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_logframe_indicators_item' })
  item?: LogframeItemEntity;

  @Column('int')
  position: number;

  @Column('jsonb')
  text: LocalisedText;

  @Column('text')
  unit: LogframeUnit;

  @Column('numeric', { name: 'baseline_value', transformer: numeric })
  baselineValue: number;

  @Column('date', { name: 'baseline_date' })
  baselineDate: string;

  @Column('numeric', { name: 'target_value', transformer: numeric })
  targetValue: number;

  @Column('date', { name: 'target_date' })
  targetDate: string;

  @Column('jsonb', { name: 'means_of_verification', default: () => "'{}'" })
  meansOfVerification: LocalisedText;

  @Column('text', { array: true, default: () => "'{}'" })
  disaggregations: LogframeDisaggregation[];

  /** `manual` or `computed:<key>` (logframe-sources.ts). */
  @Column('text')
  source: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/** A file kept as evidence for values entered by hand, named by the SHA-256 of its bytes. */
@Entity('logframe_evidence')
export class LogframeEvidenceEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'PK_logframe_evidence' })
  sha256: string;

  @Column('text', { name: 'media_type' })
  mediaType: string;

  @Column('bytea')
  bytes: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A value of an indicator entered by hand for a reporting period, with who entered it and its evidence. */
@Entity('logframe_values')
export class LogframeValueEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_logframe_values' })
  id: string;

  @Index('logframe_values_indicator_idx')
  @Column('uuid', { name: 'indicator_id' })
  indicatorId: string;

  @ManyToOne(() => LogframeIndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_logframe_values_indicator' })
  indicator?: LogframeIndicatorEntity;

  @Column('date', { name: 'period_start' })
  periodStart: string;

  @Column('date', { name: 'period_end' })
  periodEnd: string;

  @Column('numeric', { transformer: numeric })
  value: number;

  @Column('jsonb', { default: () => "'[]'" })
  cells: LogframeCell[];

  @Column('text', { name: 'source_note' })
  sourceNote: string;

  @Column('text', { name: 'evidence_sha256', nullable: true })
  evidenceSha256: string | null;

  @ManyToOne(() => LogframeEvidenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_sha256', foreignKeyConstraintName: 'FK_logframe_values_evidence' })
  evidence?: LogframeEvidenceEntity;

  @Column('text', { name: 'evidence_name', nullable: true })
  evidenceName: string | null;

  @Column('int', { name: 'evidence_size', nullable: true })
  evidenceSize: number | null;

  @Column('uuid', { name: 'entered_by' })
  enteredBy: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entered_by', foreignKeyConstraintName: 'FK_logframe_values_entered_by' })
  enterer?: PersonEntity;

  @CreateDateColumn({ name: 'entered_at', type: 'timestamptz' })
  enteredAt: Date;
}
