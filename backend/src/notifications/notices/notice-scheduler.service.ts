import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { NoticeRun } from './notice-run.service';

export const NOTICE_QUEUE = 'notices';
/** How often due notices are looked for. */
export const NOTICE_EVERY_MS = 5 * 60_000;
const FIRST_RUN_AFTER_MS = 10_000;

/**
 * Runs the notices every five minutes: as a BullMQ repeatable job when REDIS_URL is set (one
 * scheduler entry, whichever instances start it; any worker runs it), with a timer in each
 * process otherwise. Either way the claims in PostgreSQL keep each notice to one sending.
 */
@Injectable()
export class NoticeScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NoticeScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private first: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notices: NoticeRun,
    @Optional() @InjectQueue(NOTICE_QUEUE) private readonly queue?: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runNotices) return;
    if (this.queue) {
      await this.queue
        .upsertJobScheduler('notices', { every: NOTICE_EVERY_MS }, { name: 'run' })
        .catch((error: unknown) => this.logger.error(`Notices not scheduled: ${String(error)}`));
      return;
    }
    // A first run soon after start (what fell due while the service was down), then every five minutes.
    this.first = setTimeout(() => void this.tick(), FIRST_RUN_AFTER_MS);
    this.first.unref();
    this.timer = setInterval(() => void this.tick(), NOTICE_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
  }

  /** One run at a time in this process; a failed run is retried by the next tick. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.notices
      .run()
      .catch((error: unknown) => this.logger.warn(`Notices run failed: ${String(error)}`))
      .finally(() => (this.running = null));
    await this.running;
  }
}
