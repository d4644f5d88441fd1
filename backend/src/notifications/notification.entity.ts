import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { NoticeKind, NoticeParams } from '@atolye/shared';
import { PersonEntity } from '../people/person.entity';

/** One event shown to one person under the portal's bell; the portal words it from kind and params. */
@Entity('notifications')
@Index('notifications_person_idx', ['personId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column('text')
  kind: NoticeKind;

  /** The names the text needs (a training's title per language, a session's title, a time). */
  @Column('jsonb')
  params: NoticeParams;

  /** The portal page where the event is followed up. */
  @Column('text')
  link: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
