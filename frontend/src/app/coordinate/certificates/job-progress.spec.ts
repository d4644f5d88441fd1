import type { CertificateJob } from '@atolye/shared';
import { jobActive, jobPercent } from './job-progress';

const job = (overrides: Partial<CertificateJob>): CertificateJob => ({
  id: 'j',
  sessionId: 's',
  status: 'running',
  total: 4,
  issued: 1,
  skipped: 1,
  error: null,
  ...overrides,
});

describe('certificate job progress', () => {
  it('counts issued and skipped people as done', () => {
    expect(jobPercent(job({}))).toBe(50);
    expect(jobPercent(job({ status: 'queued', issued: 0, skipped: 0 }))).toBe(0);
    expect(jobPercent(job({ total: 0, issued: 0, skipped: 0 }))).toBe(0);
  });

  it('is full once finished, even with nobody to issue to', () => {
    expect(jobPercent(job({ status: 'finished', total: 0, issued: 0, skipped: 0 }))).toBe(100);
  });

  it('keeps asking only while queued or running', () => {
    expect(jobActive(job({ status: 'queued' }))).toBe(true);
    expect(jobActive(job({}))).toBe(true);
    expect(jobActive(job({ status: 'finished' }))).toBe(false);
    expect(jobActive(job({ status: 'failed' }))).toBe(false);
  });
});
