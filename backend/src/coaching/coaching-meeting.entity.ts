import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingMode } from '@atolye/shared';
import { PersonEntity } from '../people/person.entity';
import { CoachingTrackEntity } from './coaching-track.entity';

/** A meeting of mentor and team, with its notes. */
@Entity('coaching_meetings')
export class CoachingMeetingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_coaching_meetings' })
  id: string;

  @Index('coaching_meetings_track_idx')
  @Column('uuid', { name: 'track_id' })
  trackId: string;

  @ManyToOne(() => CoachingTrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id', foreignKeyConstraintName: 'FK_coaching_meetings_track' })
  track?: CoachingTrackEntity;

  @Column('date', { name: 'held_on' })
  heldOn: string;

  @Column('integer', { name: 'duration_minutes' })
  durationMinutes: number;

  @Column('text')
  mode: MeetingMode;

  @Column('text')
  notes: string;
}

/** Something agreed at a meeting, owned by a team member or the mentor. */
@Entity('coaching_action_items')
export class CoachingActionItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_coaching_action_items' })
  id: string;

  @Index('coaching_action_items_meeting_idx')
  @Column('uuid', { name: 'meeting_id' })
  meetingId: string;

  @ManyToOne(() => CoachingMeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_coaching_action_items_meeting' })
  meeting?: CoachingMeetingEntity;

  @Column('text')
  text: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'FK_coaching_action_items_owner' })
  owner?: PersonEntity;

  @Column('date', { name: 'due_on' })
  dueOn: string;

  @Column('boolean', { default: false })
  done: boolean;
}
