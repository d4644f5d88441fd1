import type { CertificateJob } from '@atolye/shared';

/** Whether the job may still change (so it is asked again). */
export function jobActive(job: CertificateJob): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/** Share of the job's people dealt with so far (issued or skipped), 0–100. */
export function jobPercent(job: CertificateJob): number {
  if (job.status === 'finished') return 100;
  if (!job.total) return 0;
  return Math.min(100, Math.round((100 * (job.issued + job.skipped)) / job.total));
}
