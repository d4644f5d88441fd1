import { Processor, WorkerHost } from '@nestjs/bullmq';
import { NoticeRun } from './notice-run.service';
import { NOTICE_QUEUE } from './notice-scheduler.service';

/** Works the repeatable notices job on the Redis queue. */
@Processor(NOTICE_QUEUE)
export class NoticeProcessor extends WorkerHost {
  constructor(private readonly notices: NoticeRun) {
    super();
  }

  async process(): Promise<void> {
    await this.notices.run();
  }
}
