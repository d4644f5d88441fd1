import { InjectQueue } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { XapiForwarder } from './xapi-forwarder.service';

export const XAPI_QUEUE = 'xapi-forwarding';
/** How often new learning records are looked for. */
export const XAPI_FORWARD_EVERY_MS = 60_000;

/**
 * Runs the forwarding every minute when XAPI_LRS_URL is set: as a BullMQ repeatable job when
 * REDIS_URL is set (one scheduler entry; a failed run is retried five times with exponential
 * backoff from 10 s), with a timer in each process otherwise (a failed run waits for the next
 * tick). Either way the lock on the forwarding state keeps runs from overlapping.
 */
@Injectable()
export class XapiForwardingScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(XapiForwardingScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly forwarder: XapiForwarder,
    @Optional() @InjectQueue(XAPI_QUEUE) private readonly queue?: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.forwarder.enabled || !this.config.runNotices) return;
    if (this.queue) {
      await this.queue
        .upsertJobScheduler(
          'xapi-forwarding',
          { every: XAPI_FORWARD_EVERY_MS },
          { name: 'forward', opts: { attempts: 6, backoff: { type: 'exponential', delay: 10_000 } } },
        )
        .catch((error: unknown) => this.logger.error(`Forwarding not scheduled: ${String(error)}`));
      return;
    }
    this.timer = setInterval(() => void this.tick(), XAPI_FORWARD_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One run at a time in this process; its failure is already recorded in the status. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.forwarder
      .run()
      // The LRS's failure is kept in the forwarding status; the next tick tries again.
      .catch(() => undefined)
      .finally(() => (this.running = null));
    await this.running;
  }
}
