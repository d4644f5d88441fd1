import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SessionEntity } from './session.entity';

/** A dated time slot of a session, stored in UTC. */
@Entity('meetings')
@Index('meetings_session_starts_idx', ['sessionId', 'startsAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt: Date;

  @Column('text')
  topic: string;

  @Column('text', { nullable: true })
  location: string | null;

  /** Key of the meeting's rotating check-in codes; never leaves the server. */
  @Column('text', { name: 'check_in_secret' })
  checkInSecret: string;
}
