import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SessionEntity } from '../sessions/session.entity';

/** A bulk enrolment import, polled by the portal for progress; its per-row report is in import_job_rows. */
@Entity('import_jobs')
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('uuid', { name: 'started_by' })
  startedBy: string;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('text', { default: 'running' })
  status: 'running' | 'finished' | 'failed';

  @Column('int', { default: 0 })
  total: number;

  @Column('int', { default: 0 })
  processed: number;

  @Column('text', { nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /** When a row was last imported: a running import that stops moving has lost its process. */
  @Column('timestamptz', { name: 'progressed_at', default: () => 'now()' })
  progressedAt: Date;
}
