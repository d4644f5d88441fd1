import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { MailDispatcher, type DispatchedMail } from './mail-dispatcher.service';
import { MailRepository, type NewMail } from './mail.repository';

/**
 * Where a change puts the mails it causes: stored in the change's own transaction, handed to a
 * sender only once that transaction commits. A rolled-back change leaves no mail and sends none.
 */
@Injectable()
export class MailOutbox implements OnModuleInit, EntitySubscriberInterface {
  /** Mails stored in a transaction still open (with their links' secrets), per connection. */
  private readonly pending = new WeakMap<QueryRunner, DispatchedMail[]>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mails: MailRepository,
    private readonly dispatcher: MailDispatcher,
  ) {}

  onModuleInit(): void {
    this.db.subscribers.push(this);
  }

  async queue(manager: EntityManager, mails: NewMail[]): Promise<void> {
    const ids = await this.mails.insertMany(manager, mails);
    const stored = ids.map((id, i) => ({ id, secret: mails[i].secret }));
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      this.dispatcher.dispatch(stored);
      return;
    }
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), ...stored]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    // A savepoint was released: the outer transaction still decides.
    if (runner.isTransactionActive) return;
    const mails = this.pending.get(runner);
    this.pending.delete(runner);
    if (mails) this.dispatcher.dispatch(mails);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }
}
