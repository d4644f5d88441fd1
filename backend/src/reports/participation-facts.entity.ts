import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';

/**
 * What reports need of one enrolment that is costly to work out at report time: meetings
 * attended and their hours, knowledge gain of paired pre/post tests, the evaluation rating and
 * whether a valid certificate exists. Kept current by triggers on attendance, meetings, quiz
 * attempts, evaluations and certificates (migration 1764700000000), so no write path can
 * forget it; an enrolment without a row has none of these yet.
 */
@Entity('participation_facts')
export class ParticipationFactsEntity {
  @PrimaryColumn('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @OneToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column('int', { name: 'attended_meetings', default: 0 })
  attendedMeetings: number;

  @Column('numeric', { name: 'attended_hours', default: 0 })
  attendedHours: string;

  @Column('numeric', { name: 'knowledge_gain', nullable: true })
  knowledgeGain: string | null;

  @Column('numeric', { name: 'evaluation_rating', nullable: true })
  evaluationRating: string | null;

  @Column('boolean', { default: false })
  certified: boolean;
}
