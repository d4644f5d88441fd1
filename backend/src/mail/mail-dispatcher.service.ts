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

/**
 * A queued mail's job. `secret` is the token of the mail's link, which the stored mail does not
 * hold: it lives only here (in Redis while the job waits, and gone with the job once it is done).
 */
export interface MailJobData {
  mailId: string;
  secret?: string;
}

/** A committed mail to hand on, with its link's secret when it has one. */
export interface DispatchedMail {
  id: string;
  secret?: string;
}

/** How often queued mails left behind (a crash after commit, a lost job) are looked for. */
const SWEEP_EVERY_MS = 60_000;
/** A queued mail this overdue has no timer or job that will send it. */
const SWEEP_GRACE_SECONDS = 60;

/**
 * Hands committed mails to a sender: as jobs on the Redis queue when REDIS_URL is set (retried
 * with backoff by the queue, worked by any worker), in this process otherwise (retried on timers).
 * A link's secret travels with the job, or stays in this process's memory until the mail is sent
 * or given up; after a restart it is gone, and the sender fails such a mail rather than send it.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailDispatcher.name);
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Secrets of mails sent from this process, until each is sent or given up. */
  private readonly secrets = new Map<string, string>();
  private sweeper: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sender: MailSender,
    private readonly mails: MailRepository,
    @Optional() @InjectQueue(MAIL_QUEUE) private readonly queue?: Queue<MailJobData>,
  ) {}

  /** Never throws: the mails are stored, and a failure to hand them on is caught up by the sweeper. */
  dispatch(mails: DispatchedMail[]): void {
    if (this.stopped) return;
    if (!this.queue && !this.sender.sends && mails.length > 1) {
      // Nothing to send: keep them all in one statement; the sweeper catches up on a failure.
      this.sender
        .keepAll(mails.map((mail) => mail.id))
        .catch((error: unknown) => this.logger.warn(`Keeping mails failed: ${String(error)}`));
      return;
    }
    if (this.queue) {
      // One round trip for all. A job already waiting under a mail's id (the sweeper's second
      // hand-over) is left as it is.
      this.queue
        .addBulk(
          mails.map(({ id, secret }) => ({
            name: 'send',
            data: secret === undefined ? { mailId: id } : { mailId: id, secret },
            opts: {
              jobId: id,
              attempts: MAIL_MAX_ATTEMPTS,
              backoff: { type: 'exponential', delay: MAIL_RETRY_BASE_SECONDS * 1000 },
              removeOnComplete: true,
              // A failed job with a secret is not kept for inspection: the mail row says what failed.
              removeOnFail: secret === undefined ? 1000 : true,
            },
          })),
        )
        .catch((error: unknown) =>
          this.logger.error(`${mails.length} mail(s) not queued (the sweeper retries): ${String(error)}`),
        );
      return;
    }
    for (const { id, secret } of mails) {
      if (secret !== undefined) this.secrets.set(id, secret);
      this.later(id, 0);
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
    this.secrets.clear();
  }

  /** Queued mails overdue for an attempt, dispatched again; the claim keeps each to one sending. */
  async sweep(): Promise<void> {
    try {
      this.dispatch((await this.mails.overdue(SWEEP_GRACE_SECONDS, 100)).map((id) => ({ id })));
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
      const result = await this.sender.deliver(id, this.secrets.get(id));
      if (result.outcome === 'retry') this.later(id, result.inSeconds);
      // Sent, kept, given up or already handled: the secret is not needed any more.
      else this.secrets.delete(id);
    } catch (error) {
      // The outbox itself could not be read or written; the row stays queued for the sweeper.
      if (!this.stopped) this.logger.error(`Mail ${id} could not be handled: ${String(error)}`);
    }
  }
}
