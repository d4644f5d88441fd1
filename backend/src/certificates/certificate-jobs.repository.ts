import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@atolye/shared';
import { CertificateJobEntity } from './certificate-job.entity';

/** Bulk issue jobs, their counts, and what starting and resuming one reads. */
@Injectable()
export class CertificateJobsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async sessionExists(sessionId: string): Promise<boolean> {
    const [session] = await this.db.query('SELECT 1 FROM sessions WHERE id = $1', [sessionId]);
    return !!session;
  }

  /** The person who started a job, as the actor it runs for again. */
  async starter(personId: string): Promise<{ id: string; full_name: string; roles: Role[] } | null> {
    const [starter] = await this.db.query<{ id: string; full_name: string; roles: Role[] }[]>(
      'SELECT id, full_name, roles FROM people WHERE id = $1',
      [personId],
    );
    return starter ?? null;
  }

  create(job: { sessionId: string; startedBy: string; total: number }): Promise<CertificateJobEntity> {
    return this.db.getRepository(CertificateJobEntity).save({ ...job, status: 'queued' as const });
  }

  findById(id: string): Promise<CertificateJobEntity | null> {
    return this.db.getRepository(CertificateJobEntity).findOne({ where: { id } });
  }

  /**
   * Marks the job running, its issued count taken from the certificates themselves: a job taken
   * up again counts what its earlier run already issued.
   */
  async markRunning(id: string): Promise<void> {
    await this.db.query(
      `UPDATE certificate_jobs SET status = 'running', error = NULL,
              issued = (SELECT count(*) FROM certificates WHERE job_id = $1)
        WHERE id = $1`,
      [id],
    );
  }

  /** Adds a chunk's counts in the chunk's transaction. */
  async addCounts(manager: EntityManager, id: string, issued: number, skipped: number): Promise<void> {
    await manager.query(
      'UPDATE certificate_jobs SET issued = issued + $2, skipped = skipped + $3 WHERE id = $1',
      [id, issued, skipped],
    );
  }

  async markFinished(id: string): Promise<void> {
    await this.db.getRepository(CertificateJobEntity).update({ id }, { status: 'finished' });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.db.getRepository(CertificateJobEntity).update({ id }, { status: 'failed', error });
  }
}
