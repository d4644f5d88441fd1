import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalisedText, Measure } from '@atolye/shared';

/** A logframe indicator: a measure the system computes, with its target over a period. */
@Entity('indicators')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('indicators_code_unique', { unique: true })
  @Column('text')
  code: string;

  @Column('jsonb')
  title: LocalisedText;

  @Column('text')
  measure: Measure;

  @Column('numeric', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  target: number;

  @Column('date', { name: 'period_start' })
  periodStart: string;

  @Column('date', { name: 'period_end' })
  periodEnd: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
