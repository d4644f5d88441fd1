import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';
import { SessionEntity } from '../sessions/session.entity';

/** A trainee's feedback on a session: four ratings 1–5 and comments, possibly anonymous. */
@Entity('evaluations')
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('evaluations_session_idx')
  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  /** Kept even when anonymous, so each trainee evaluates once; never shown when anonymous. */
  @Index('evaluations_enrolment_unique', { unique: true })
  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column('smallint')
  relevance: number;

  @Column('smallint')
  trainer: number;

  @Column('smallint')
  materials: number;

  @Column('smallint')
  organisation: number;

  @Column('text', { nullable: true })
  comments: string | null;

  @Column('boolean')
  anonymous: boolean;

  @Column('timestamptz', { name: 'submitted_at', default: () => 'now()' })
  submittedAt: Date;
}
