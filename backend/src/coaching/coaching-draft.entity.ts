import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { DraftIndicator, LogframeLevel } from '@atolye/shared';
import { PersonEntity } from '../people/person.entity';
import { CoachingTrackEntity } from './coaching-track.entity';

/** One item of the team's project draft logframe; removing an item removes what hangs under it. */
@Entity('coaching_draft_items')
export class CoachingDraftItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_coaching_draft_items' })
  id: string;

  @Index('coaching_draft_items_track_idx')
  @Column('uuid', { name: 'track_id' })
  trackId: string;

  @ManyToOne(() => CoachingTrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id', foreignKeyConstraintName: 'FK_coaching_draft_items_track' })
  track?: CoachingTrackEntity;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CoachingDraftItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_coaching_draft_items_parent' })
  parent?: CoachingDraftItemEntity;

  @Column('text')
  level: LogframeLevel;

  @Column('text')
  text: string;

  @Column('jsonb', { default: () => "'[]'" })
  indicators: DraftIndicator[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

/** The mentor's comment on a draft item; the team marks it resolved. */
@Entity('coaching_draft_comments')
export class CoachingDraftCommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_coaching_draft_comments' })
  id: string;

  @Index('coaching_draft_comments_item_idx')
  @Column('uuid', { name: 'item_id' })
  itemId: string;

  @ManyToOne(() => CoachingDraftItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_coaching_draft_comments_item' })
  item?: CoachingDraftItemEntity;

  @Column('uuid', { name: 'author_id' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_coaching_draft_comments_author' })
  author?: PersonEntity;

  @Column('text')
  body: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;
}
