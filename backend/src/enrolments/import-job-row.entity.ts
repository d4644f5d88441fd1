import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ImportRowReport } from '@atolye/shared';
import { ImportJobEntity } from './import-job.entity';

/**
 * What became of one row of an import: a row of its own, written in the same transaction as the
 * row's enrolment, so the report grows by one small insert per row however long the file is.
 */
@Entity('import_job_rows')
export class ImportJobRowEntity {
  @PrimaryColumn('uuid', { name: 'job_id' })
  jobId: string;

  @ManyToOne(() => ImportJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: ImportJobEntity;

  /** Line in the file, the header being line 1. */
  @PrimaryColumn('int')
  row: number;

  @Column('jsonb')
  report: ImportRowReport;
}
