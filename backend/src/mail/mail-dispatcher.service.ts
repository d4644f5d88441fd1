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
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MAIL_MAX_ATTEMPTS, MAIL_RETRY_BASE_SECONDS, MailSender } from './mail-sender';
import { MailRepository } from './mail.repository';

export const MAIL_QUEUE = 'mail';

export interface MailJobData {
  mailId: string;
}

/** How often queued mails left behind (a crash after commit, a lost job) are looked for. */
const SWEEP_EVERY_MS = 60_000;
/** A queued mail this overdue has no timer or job that will send it. */
const SWEEP_GRACE_SECONDS = 60;

/**
 * Hands committed mails to a sender: as jobs on the Redis queue when REDIS_URL is set (retried
 * with backoff by the queue, worked by any worker), in this process otherwise (retried on timers).
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailDispatcher.name);
  private readonly timers = new Set<NodeJS.Timeout>();
  private sweeper: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sender: MailSender,
    private readonly mails: MailRepository,
    @Optional() @InjectQueue(MAIL_QUEUE) private readonly queue?: Queue<MailJobData>,
  ) {}

  /** Never throws: the mails are stored, and a failure to hand them on is caught up by the sweeper. */
  dispatch(ids: string[]): void {
    if (this.stopped) return;
    for (const id of ids) {
      if (this.queue) {
        this.queue
          .add(
            'send',
            { mailId: id },
            {
              jobId: id,
              attempts: MAIL_MAX_ATTEMPTS,
              backoff: { type: 'exponential', delay: MAIL_RETRY_BASE_SECONDS * 1000 },
              removeOnComplete: true,
              removeOnFail: 1000,
            },
          )
          .catch((error: unknown) => this.logger.error(`Mail ${id} not queued: ${String(error)}`));
      } else {
        this.later(id, 0);
      }
    }
  }

  onApplicationBootstrap(): void {
    // Only processes that send mail look for left-behind mail (an API beside separate workers does not).
    if (this.queue && !this.config.runWorker) return;
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.sweeper) clearInterval(this.sweeper);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Queued mails overdue for an attempt, dispatched again; the claim keeps each to one sending. */
  async sweep(): Promise<void> {
    try {
      this.dispatch(await this.mails.overdue(SWEEP_GRACE_SECONDS, 100));
    } catch (error) {
      // The database may be briefly unreachable; the next sweep tries again.
      this.logger.warn(`Looking for queued mails failed: ${String(error)}`);
    }
  }

  private later(id: string, seconds: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(id);
    }, seconds * 1000);
    timer.unref();
    this.timers.add(timer);
  }

  private async attempt(id: string): Promise<void> {
    if (this.stopped) return;
    try {
      const result = await this.sender.deliver(id);
      if (result.outcome === 'retry') this.later(id, result.inSeconds);
    } catch (error) {
      // The outbox itself could not be read or written; the row stays queued for the sweeper.
      if (!this.stopped) this.logger.error(`Mail ${id} could not be handled: ${String(error)}`);
    }
  }
}
