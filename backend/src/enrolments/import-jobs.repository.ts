import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ImportRowReport } from '@atolye/shared';

@Injectable()
export class ImportJobsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One row's outcome and the job's progress, in the caller's transaction (the row's own). */
  async recordRow(manager: EntityManager, jobId: string, report: ImportRowReport): Promise<void> {
    await manager.query(
      `WITH reported AS (INSERT INTO import_job_rows (job_id, row, report) VALUES ($1, $2, $3))
       UPDATE import_jobs SET processed = processed + 1, progressed_at = now() WHERE id = $1`,
      [jobId, report.row, JSON.stringify(report)],
    );
  }

  async rowsOf(jobId: string): Promise<ImportRowReport[]> {
    const rows: { report: ImportRowReport }[] = await this.db.query(
      'SELECT report FROM import_job_rows WHERE job_id = $1 ORDER BY row',
      [jobId],
    );
    return rows.map((r) => r.report);
  }

  /**
   * Marks the import failed, with the reason, if it is still running and has not progressed for
   * the given seconds; answers whether it did.
   */
  async failIfStalled(jobId: string, reason: string, stalledAfterSeconds: number): Promise<boolean> {
    const [rows] = await this.db.query(
      `UPDATE import_jobs SET status = 'failed', error = $2
        WHERE id = $1 AND status = 'running' AND progressed_at < now() - make_interval(secs => $3)
        RETURNING id`,
      [jobId, reason, stalledAfterSeconds],
    );
    return (rows?.length ?? 0) > 0;
  }
}
