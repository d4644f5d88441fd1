import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AttendanceMethod, AttendanceStatus } from '@atolye/shared';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';
import { MeetingEntity } from '../sessions/meeting.entity';
import { WalkInEntity } from './walk-in.entity';

/** Whether one person was at one meeting, who recorded it, when and how. */
@Entity('attendance_records')
@Check('attendance_records_one_attendee', '(enrolment_id IS NULL) <> (walk_in_id IS NULL)')
@Index('attendance_records_meeting_enrolment_unique', ['meetingId', 'enrolmentId'], {
  unique: true,
  where: 'enrolment_id IS NOT NULL',
})
@Index('attendance_records_meeting_walk_in_unique', ['meetingId', 'walkInId'], {
  unique: true,
  where: 'walk_in_id IS NOT NULL',
})
@Index('attendance_records_enrolment_idx', ['enrolmentId'], { where: 'enrolment_id IS NOT NULL' })
export class AttendanceRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'meeting_id' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column('uuid', { name: 'enrolment_id', nullable: true })
  enrolmentId: string | null;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column('uuid', { name: 'walk_in_id', nullable: true })
  walkInId: string | null;

  @ManyToOne(() => WalkInEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'walk_in_id' })
  walkIn?: WalkInEntity;

  @Column('text')
  status: AttendanceStatus;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('text')
  method: AttendanceMethod;

  @Column('uuid', { name: 'marked_by', nullable: true })
  markedBy: string | null;

  @Column('timestamptz', { name: 'marked_at', default: () => 'now()' })
  markedAt: Date;
}
