import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TrainingEntity } from './training.entity';

/**
 * The module versions a training teaches, pinned. Changing the modules of a training makes a
 * new revision; sessions and their enrolments keep the revision they were opened on.
 */
@Entity('training_revisions')
@Index('training_revisions_training_number_unique', ['trainingId', 'number'], { unique: true })
export class TrainingRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'training_id' })
  trainingId: string;

  @ManyToOne(() => TrainingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'training_id' })
  training?: TrainingEntity;

  @Column('int')
  number: number;

  /** Published module versions in teaching order. */
  @Column('uuid', { array: true, name: 'module_version_ids' })
  moduleVersionIds: string[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
