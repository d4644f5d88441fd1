import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { SessionEntity } from '../sessions/session.entity';

/** Someone who attended without an account; merged into an enrolment later. */
@Entity('walk_ins')
@Index('walk_ins_session_idx', ['sessionId'])
export class WalkInEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text', { name: 'organisation_name', nullable: true })
  organisationName: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
