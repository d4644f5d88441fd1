import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';

/**
 * Work an answer must not wait for, because how long it takes would tell the caller something:
 * a reset link made only for a real account, a registration that differs for a known address.
 * The answer goes first and is the same either way; the work runs after it in this process, a
 * failure is logged (the mail then simply does not come, and the person asks again), and the
 * process waits for it before shutting down.
 */
@Injectable()
export class AfterResponse implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AfterResponse.name);
  private readonly running = new Set<Promise<void>>();

  run(what: string, work: () => Promise<void>): void {
    const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch((error: unknown) =>
        this.logger.error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Resolves once every piece of work started so far (and any it started) has finished. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.settled();
  }
}
