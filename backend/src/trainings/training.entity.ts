import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CapacityDomain, CompletionRule, Language, LocalisedText, TrainingStatus } from '@atolye/shared';

@Entity('trainings')
export class TrainingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('jsonb')
  title: LocalisedText;

  @Column('jsonb')
  description: LocalisedText;

  @Column('text', { array: true })
  languages: Language[];

  @Column('text', { default: 'draft' })
  status: TrainingStatus;

  @Column('jsonb', { name: 'completion_rule' })
  completionRule: CompletionRule;

  /** Capacity domains this training strengthens: recommended to organisations weak in them. */
  @Column('text', { name: 'capacity_domains', array: true, default: () => "'{}'" })
  capacityDomains: CapacityDomain[];

  /** The revision new sessions use; older sessions keep theirs until moved. */
  @Column('int', { name: 'current_revision', default: 1 })
  currentRevision: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
