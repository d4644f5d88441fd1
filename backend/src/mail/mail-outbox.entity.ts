import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Language, MailKind, MailStatus } from '@atolye/shared';

/**
 * One mail, stored in the transaction of the change that causes it and sent after that commits:
 * queued → sent (or failed after its last attempt); kept when no SMTP server is configured.
 */
@Entity('mail_outbox')
@Index('mail_outbox_created_idx', ['createdAt'])
@Index('mail_outbox_recipient_idx', ['recipient'])
// The sweeper's question: which queued mails are due for (another) attempt.
@Index('mail_outbox_due_idx', ['nextAttemptAt'], { where: `status = 'queued'` })
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: MailKind;

  @Column('text')
  recipient: string;

  @Column('text')
  language: Language;

  @Column('text')
  subject: string;

  @Column('text', { name: 'text_body' })
  textBody: string;

  @Column('text', { name: 'html_body' })
  htmlBody: string;

  @Column('text', { default: 'queued' })
  status: MailStatus;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  /** The stored bodies hold HIDDEN_SECRET where the link's secret goes; the sender is handed the secret. */
  @Column('boolean', { name: 'secret_link', default: false })
  secretLink: boolean;

  /** An iCalendar file sent as the mail's attachment (a session's meetings), or null. */
  @Column('text', { nullable: true })
  calendar: string | null;

  /** The one-click unsubscribe address of an optional mail (its List-Unsubscribe header), or null. */
  @Column('text', { name: 'list_unsubscribe', nullable: true })
  listUnsubscribe: string | null;

  @Column('timestamptz', { name: 'next_attempt_at', default: () => 'now()' })
  nextAttemptAt: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
