import { ForbiddenException, Injectable, Logger, NotFoundException, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { can, type CertificateJob, type Role } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { CompletionService } from '../completion/completion.service';
import { MailNotifications } from '../mail/mail-notifications.service';
import type { CertificateJobEntity } from './certificate-job.entity';
import { CertificateJobsRepository } from './certificate-jobs.repository';
import { CertificatesService } from './certificates.service';

export const CERTIFICATE_QUEUE = 'certificates';

/**
 * Certificates issued per transaction: one commit for many, while a chunk holds the year's serial
 * counter (and so any single issue waiting for it) no longer than it takes to render a chunk.
 */
const CHUNK = 50;

/**
 * A job takes seconds; one still queued or running this long after it was started, and not being
 * worked on by this process, was left by a process that stopped (in-process mode only: the Redis
 * queue retries a stalled job itself).
 */
export const JOB_LEFT_BEHIND_AFTER_SECONDS = 120;

export interface CertificateJobData {
  jobId: string;
  actor: { id: string; fullName: string; roles: Role[] };
}

/**
 * Bulk issue of a session's certificates as a job: on the Redis queue when REDIS_URL is set (a
 * worker process may take it), in this process otherwise. Certificates are issued in chunks, each
 * chunk one transaction (serials, records, hashes, audit entries and the job's counts), so a crash
 * leaves whole chunks or nothing of one; running a job twice — a retry after a crash — issues
 * nothing twice, as whoever holds a certificate is left out or skipped.
 */
@Injectable()
export class CertificateJobsService {
  private readonly logger = new Logger(CertificateJobsService.name);
  /** In-process jobs this process is working on. */
  private readonly working = new Set<string>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: CertificateJobsRepository,
    private readonly completion: CompletionService,
    private readonly certificates: CertificatesService,
    private readonly notifications: MailNotifications,
    @Optional() @InjectQueue(CERTIFICATE_QUEUE) private readonly queue?: Queue<CertificateJobData>,
  ) {}

  async start(actor: SignedInPerson, sessionId: string): Promise<CertificateJob> {
    if (!(await this.jobs.sessionExists(sessionId))) throw new NotFoundException('No session with this id');
    // A revoked certificate was revoked for a reason: bulk issue leaves those people to a coordinator's single decision.
    const eligible = (await this.completion.compute(sessionId)).filter((e) => e.eligible && !e.certificate);
    const job = await this.jobs.create({ sessionId, startedBy: actor.id, total: eligible.length });
    const data: CertificateJobData = {
      jobId: job.id,
      actor: { id: actor.id, fullName: actor.fullName, roles: actor.roles },
    };
    if (this.queue) {
      await this.queue.add('issue-session', data, {
        jobId: job.id,
        attempts: 3,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: 1000,
      });
    } else {
      this.runHere(data);
    }
    return toJob(job);
  }

  /** Runs a job in this process; its failure is logged and recorded on the job by run(). */
  private runHere(data: CertificateJobData): void {
    this.working.add(data.jobId);
    setImmediate(() => {
      void this.run(data)
        .catch(() => undefined)
        .finally(() => this.working.delete(data.jobId));
    });
  }

  /**
   * Takes up an in-process job whose process stopped: run again, it issues the rest and nobody
   * twice. Its starter is the actor again, as they were when they started it.
   */
  private async resumeIfLeftBehind(job: CertificateJobEntity): Promise<void> {
    if (this.queue || this.working.has(job.id) || !['queued', 'running'].includes(job.status)) return;
    if (Date.now() - job.createdAt.getTime() < JOB_LEFT_BEHIND_AFTER_SECONDS * 1000) return;
    const starter = await this.jobs.starter(job.startedBy);
    if (!starter) return;
    this.logger.warn(`Certificate job ${job.id} was left behind by a stopped process; running it again`);
    this.runHere({
      jobId: job.id,
      actor: { id: starter.id, fullName: starter.full_name, roles: starter.roles },
    });
  }

  async get(caller: SignedInPerson, id: string): Promise<CertificateJob> {
    const job = await this.jobs.findById(id);
    if (!job) throw new NotFoundException('No certificate job with this id');
    if (!can(caller.roles, 'certificates.issue'))
      throw new ForbiddenException('Only coordinators follow certificate jobs');
    await this.resumeIfLeftBehind(job);
    return toJob(job);
  }

  /** Issues every eligible person's certificate, counting issued and already-issued ones. */
  async run(data: CertificateJobData): Promise<void> {
    const job = await this.jobs.findById(data.jobId);
    if (!job || job.status === 'finished') return;
    // A job taken up again (its process stopped, or the queue retries it) counts what it already
    // issued from the certificates themselves, and then issues only the rest.
    await this.jobs.markRunning(job.id);
    const actor = {
      ...data.actor,
      signInId: 'job',
      email: '',
      language: 'en' as const,
      gender: 'undeclared' as const,
      organisationId: null,
      organisationName: null,
    };
    try {
      // Those holding a certificate already — valid, or revoked for a reason — are not this job's.
      const pending = (await this.completion.compute(job.sessionId))
        .filter((e) => e.eligible && !e.certificate)
        .map((e) => e.enrolmentId);
      for (let start = 0; start < pending.length; start += CHUNK) {
        await this.db.transaction(async (manager) => {
          const { issued, skipped } = await this.certificates.issueEligibleWithin(
            manager,
            actor,
            pending.slice(start, start + CHUNK),
            job.id,
          );
          // Each holder's mail is stored with their certificate and sent once the chunk commits.
          await this.notifications.certificatesIssued(manager, issued);
          // Counted with the certificates they count, so the figures survive a crash as they do.
          await this.jobs.addCounts(manager, job.id, issued.length, skipped.length);
        });
      }
      await this.jobs.markFinished(job.id);
    } catch (error) {
      this.logger.error(
        `Certificate job ${job.id} stopped`,
        error instanceof Error ? error.stack : String(error),
      );
      await this.jobs.markFailed(
        job.id,
        'The job stopped; certificates already issued stay valid. Start it again to issue the rest.',
      );
      throw error;
    }
  }
}

function toJob(job: CertificateJobEntity): CertificateJob {
  return {
    id: job.id,
    sessionId: job.sessionId,
    status: job.status,
    total: job.total,
    issued: job.issued,
    skipped: job.skipped,
    error: job.error,
  };
}
