import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EnrolmentStatus } from '@atolye/shared';
import { PersonEntity } from '../people/person.entity';
import { SessionEntity } from '../sessions/session.entity';
import { TrainingRevisionEntity } from '../trainings/training-revision.entity';

/** A person in a session. The revision pins the module versions they learn from. */
@Entity('enrolments')
@Index('enrolments_session_status_idx', ['sessionId', 'status', 'requestedAt'])
@Index('enrolments_person_idx', ['personId'])
// One live enrolment per person and session; withdrawn or rejected ones may be followed by a new one.
@Index('enrolments_active_unique', ['sessionId', 'personId'], {
  unique: true,
  where: `status IN ('pending', 'enrolled', 'waitlisted', 'completed')`,
})
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column('uuid', { name: 'training_revision_id' })
  trainingRevisionId: string;

  @ManyToOne(() => TrainingRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_revision_id' })
  trainingRevision?: TrainingRevisionEntity;

  @Column('text')
  status: EnrolmentStatus;

  @Column('timestamptz', { name: 'requested_at', default: () => 'now()' })
  requestedAt: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy: string | null;
}
