import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { XapiForwardingStatus } from '@atolye/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LrsClient, LrsError } from './lrs-client';
import { statementId, XapiStatementMapper } from './xapi-statement-mapper';
import { XapiRepository } from './xapi.repository';

/** Statements per POST, and the most one run sends before leaving the rest to the next. */
export const FORWARD_BATCH_SIZE = 100;
const MAX_PER_RUN = 5000;

export interface ForwardingRun {
  /** False when another process held the forwarding state (it forwards meanwhile). */
  ran: boolean;
  sent: number;
}

/**
 * Forwards new learning records to the LRS in batches, from the cursor kept in the database.
 * Runs on the job queue (or a timer), never in a user's request. A batch is recorded as sent
 * only after the LRS answered 2xx; a failure is kept for the status and thrown so the queue
 * retries the run with backoff.
 */
@Injectable()
export class XapiForwarder {
  private readonly logger = new Logger(XapiForwarder.name);
  private readonly mapper: XapiStatementMapper;
  private readonly client: LrsClient | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: XapiRepository,
  ) {
    this.mapper = new XapiStatementMapper(config.publicUrl);
    this.client = config.xapiLrs ? new LrsClient(config.xapiLrs) : null;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  async run(): Promise<ForwardingRun> {
    const client = this.client;
    if (!client) return { ran: false, sent: 0 };
    let failure: LrsError | null = null;
    const result = await this.db.transaction(async (manager) => {
      const state = await this.repository.lockState(manager);
      if (!state) return { ran: false, sent: 0 };
      // One query a run (the events are a union over several tables), sent in batches.
      const events = await this.repository.unsent(manager, state.cursor, MAX_PER_RUN);
      let sent = 0;
      for (let start = 0; start < events.length; start += FORWARD_BATCH_SIZE) {
        const batch = events.slice(start, start + FORWARD_BATCH_SIZE);
        try {
          await client.send(batch.map((event) => this.mapper.toStatement(event)));
        } catch (error) {
          // Only the LRS's refusals are expected here; anything else is a fault of ours and propagates.
          if (!(error instanceof LrsError)) throw error;
          failure = error;
          break;
        }
        await this.repository.markSent(
          manager,
          batch.map((e) => ({ ...e, statementId: statementId(e.kind, e.recordKey) })),
        );
        sent += batch.length;
      }
      await this.repository.markAttempt(manager, failure?.message ?? null);
      return { ran: true, sent };
    });
    if (failure) {
      this.logger.warn(
        `Learning records not forwarded (${result.sent} sent before): ${(failure as LrsError).message}`,
      );
      throw failure;
    }
    return result;
  }

  async status(): Promise<XapiForwardingStatus> {
    const lrs = this.config.xapiLrs;
    return { enabled: lrs !== null, lrsUrl: lrs?.url ?? null, ...(await this.repository.status()) };
  }
}
