import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The one row of forwarding state: where the next run starts and how the last one went. */
@Entity('xapi_forwarding')
@Check('CHK_xapi_forwarding_one_row', '"id" = 1')
export class XapiForwardingEntity {
  @PrimaryColumn('smallint', { default: 1 })
  id: number;

  /** The latest record time already forwarded; a run looks a little before it (see the repository). */
  @Column('timestamptz', { nullable: true })
  cursor: Date | null;

  @Column('integer', { name: 'sent_total', default: 0 })
  sentTotal: number;

  @Column('timestamptz', { name: 'last_attempt_at', nullable: true })
  lastAttemptAt: Date | null;

  @Column('timestamptz', { name: 'last_sent_at', nullable: true })
  lastSentAt: Date | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'last_error_at', nullable: true })
  lastErrorAt: Date | null;
}

/** A statement the LRS accepted (answered 2xx), by the record it was made from: never sent again. */
@Entity('xapi_forwarded')
export class XapiForwardedEntity {
  @PrimaryColumn('text')
  kind: string;

  @PrimaryColumn('text', { name: 'record_key' })
  recordKey: string;

  @Column('uuid', { name: 'statement_id' })
  statementId: string;

  @Column('timestamptz', { name: 'sent_at', default: () => 'now()' })
  sentAt: Date;
}
