import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CoachingTrackStatus, DraftStatus, MentorKind } from '@atolye/shared';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';

/** A mentor coaching an organisation or a small team through a project proposal. */
@Entity('coaching_tracks')
export class CoachingTrackEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_coaching_tracks' })
  id: string;

  @Column('text')
  title: string;

  @Column('text', { name: 'project_title' })
  projectTitle: string;

  @Index('coaching_tracks_mentor_idx')
  @Column('uuid', { name: 'mentor_id' })
  mentorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'FK_coaching_tracks_mentor' })
  mentor?: PersonEntity;

  @Column('text', { name: 'mentor_kind' })
  mentorKind: MentorKind;

  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_coaching_tracks_organisation' })
  organisation?: OrganisationEntity;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Index('coaching_tracks_ends_on_idx')
  @Column('date', { name: 'ends_on' })
  endsOn: string;

  @Column('text')
  status: CoachingTrackStatus;

  @Column('text', { name: 'draft_status', default: 'editing' })
  draftStatus: DraftStatus;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/** The people coached on a track: they edit the draft and own action items. */
@Entity('coaching_track_members')
export class CoachingTrackMemberEntity {
  @PrimaryColumn('uuid', { name: 'track_id', primaryKeyConstraintName: 'PK_coaching_track_members' })
  trackId: string;

  @Index('coaching_track_members_person_idx')
  @PrimaryColumn('uuid', { name: 'person_id', primaryKeyConstraintName: 'PK_coaching_track_members' })
  personId: string;

  @ManyToOne(() => CoachingTrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id', foreignKeyConstraintName: 'FK_coaching_track_members_track' })
  track?: CoachingTrackEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_coaching_track_members_person' })
  person?: PersonEntity;
}
