import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import {
  CERTIFICATE_QUEUE,
  CertificateJobsService,
  type CertificateJobData,
} from './certificate-jobs.service';

/** Works the certificate queue: in the API process, or in a worker process of its own. */
@Processor(CERTIFICATE_QUEUE)
export class CertificateProcessor extends WorkerHost {
  constructor(private readonly jobs: CertificateJobsService) {
    super();
  }

  process(job: Job<CertificateJobData>): Promise<void> {
    return this.jobs.run(job.data);
  }
}
