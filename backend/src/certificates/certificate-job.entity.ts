import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A bulk issue of a session's certificates, whose progress the portal polls. */
@Entity('certificate_jobs')
export class CertificateJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('uuid', { name: 'started_by' })
  startedBy: string;

  @Column('text', { default: 'queued' })
  status: 'queued' | 'running' | 'finished' | 'failed';

  @Column('int', { default: 0 })
  total: number;

  @Column('int', { default: 0 })
  issued: number;

  @Column('int', { default: 0 })
  skipped: number;

  @Column('text', { nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
