import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { EnrolmentPolicy, Language, SessionFormat, SessionMode } from '@atolye/shared';
import { TrainingEntity } from '../trainings/training.entity';
import { TrainingRevisionEntity } from '../trainings/training-revision.entity';

/** One delivery of a training to a cohort. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('sessions_training_idx')
  @Column('uuid', { name: 'training_id' })
  trainingId: string;

  @ManyToOne(() => TrainingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_id' })
  training?: TrainingEntity;

  @Column('uuid', { name: 'training_revision_id' })
  trainingRevisionId: string;

  @ManyToOne(() => TrainingRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_revision_id' })
  trainingRevision?: TrainingRevisionEntity;

  @Column('text')
  title: string;

  @Column('text')
  format: SessionFormat;

  @Column('text')
  mode: SessionMode;

  @Column('text')
  language: Language;

  @Column('text', { nullable: true })
  venue: string | null;

  @Column('text', { name: 'meeting_link', nullable: true })
  meetingLink: string | null;

  @Column('text')
  city: string;

  @Column('char', { length: 2 })
  country: string;

  /**
   * IANA zone the session happens in; its times are stored in UTC and shown in this zone. The
   * default (DEFAULT_TIME_ZONE) is written out: entities load without the shared library's code.
   */
  @Column('text', { name: 'time_zone', default: 'Europe/Istanbul' })
  timeZone: string;

  @Column('int')
  capacity: number;

  @Column('timestamptz', { name: 'enrolment_opens_at' })
  enrolmentOpensAt: Date;

  @Column('timestamptz', { name: 'enrolment_closes_at' })
  enrolmentClosesAt: Date;

  @Column('text', { name: 'enrolment_policy' })
  enrolmentPolicy: EnrolmentPolicy;

  @Column('uuid', { array: true, name: 'trainer_ids', default: () => "'{}'" })
  trainerIds: string[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
