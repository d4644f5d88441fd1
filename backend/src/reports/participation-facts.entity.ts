import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { EnrolmentStatus, Gender } from '@atolye/shared';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';

/**
 * One row per enrolment with all the programme reports read of it: the enrolment's session,
 * person and status, the person's gender and organisation, meetings attended and their hours,
 * knowledge gain of paired pre/post tests, the evaluation rating and whether a valid certificate
 * exists. Kept current by triggers on enrolments, people, attendance, meetings, quiz attempts,
 * evaluations and certificates (migration 1764700000000), so no write path can forget it, and
 * a report reads one narrow table instead of joining and re-deriving from every record.
 */
@Entity('participation_facts')
@Index('participation_facts_session_idx', ['sessionId'])
export class ParticipationFactsEntity {
  @PrimaryColumn('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @OneToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('text')
  status: EnrolmentStatus;

  @Column('text', { default: 'undeclared' })
  gender: Gender;

  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId: string | null;

  /** How many of the person's enrolments hold a seat (enrolled or completed), in any session. */
  @Column('int', { name: 'person_seats', default: 1 })
  personSeats: number;

  @Column('int', { name: 'attended_meetings', default: 0 })
  attendedMeetings: number;

  @Column('double precision', { name: 'attended_hours', default: 0 })
  attendedHours: number;

  @Column('double precision', { name: 'knowledge_gain', nullable: true })
  knowledgeGain: number | null;

  @Column('double precision', { name: 'evaluation_rating', nullable: true })
  evaluationRating: number | null;

  @Column('boolean', { default: false })
  certified: boolean;
}
