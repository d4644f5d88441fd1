import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MAIL_QUEUE, type MailJobData } from './mail-dispatcher.service';
import { MailSender } from './mail-sender';

/** Works the mail queue: a failed attempt throws, so the queue retries it with backoff. */
@Processor(MAIL_QUEUE)
export class MailProcessor extends WorkerHost {
  constructor(private readonly sender: MailSender) {
    super();
  }

  async process(job: Job<MailJobData>): Promise<void> {
    const result = await this.sender.deliver(job.data.mailId, job.data.secret);
    if (result.outcome === 'retry') throw new Error(result.error);
  }
}
