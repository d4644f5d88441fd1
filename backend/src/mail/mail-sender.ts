import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { HIDDEN_SECRET } from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailRepository } from './mail.repository';

/** Attempts per mail before it is marked failed; the queue's job retries the same number of times. */
export const MAIL_MAX_ATTEMPTS = 5;
/** First retry after this long, doubling each time (5 s, 10 s, 20 s, 40 s). */
export const MAIL_RETRY_BASE_SECONDS = 5;

export type DeliveryOutcome =
  | { outcome: 'sent' | 'kept' | 'not-queued' | 'failed' }
  | { outcome: 'retry'; inSeconds: number; error: string };

/** A stored body with the link's secret put in place of HIDDEN_SECRET (tokens are URL-safe already). */
export function withSecret(body: string, secret: string): string {
  return body.split(HIDDEN_SECRET).join(encodeURIComponent(secret));
}

export function retryDelaySeconds(attempt: number): number {
  return MAIL_RETRY_BASE_SECONDS * 2 ** Math.max(0, attempt - 1);
}

/**
 * Sends one stored mail: over SMTP when SMTP_URL is set, otherwise it is only kept. The row is
 * claimed first, so however often a mail is handed to a sender it goes out once. A mail with a
 * secret link goes out with the secret it is handed put in place of HIDDEN_SECRET; without one it
 * is failed, never sent with a link that cannot work.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mails: MailRepository,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /** Whether mails go out over SMTP; without it they are only kept. */
  get sends(): boolean {
    return this.transport !== null;
  }

  /** Without SMTP, keeps many queued mails at once (a run of reminders hands over thousands). */
  async keepAll(ids: string[]): Promise<void> {
    await this.mails.keepAll(ids);
  }

  async deliver(id: string, secret?: string): Promise<DeliveryOutcome> {
    if (!this.transport) return { outcome: (await this.mails.keep(id)) ? 'kept' : 'not-queued' };
    const mail = await this.mails.claim(id);
    if (!mail) return { outcome: 'not-queued' };
    if (mail.secretLink && secret === undefined) {
      await this.mails.markSecretLost(id);
      this.logger.warn(`Mail ${id} not sent: the secret of its link was lost in a restart`);
      return { outcome: 'failed' };
    }
    const reveal = (body: string) => (mail.secretLink ? withSecret(body, secret as string) : body);
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.recipient,
        subject: mail.subject,
        text: reveal(mail.text),
        html: reveal(mail.html),
        ...(mail.listUnsubscribe ? { list: { unsubscribe: mail.listUnsubscribe } } : {}),
        ...(mail.calendar
          ? {
              attachments: [
                {
                  filename: 'meetings.ics',
                  content: mail.calendar,
                  contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
                },
              ],
            }
          : {}),
      });
    } catch (error) {
      // Whatever the SMTP server or the network said: recorded on the mail, which is retried.
      const reason = error instanceof Error ? error.message : String(error);
      const inSeconds = retryDelaySeconds(mail.attempt);
      const status = await this.mails.markAttemptFailed(id, reason, MAIL_MAX_ATTEMPTS, inSeconds);
      this.logger.warn(`Mail ${id} to ${mail.recipient} not sent (attempt ${mail.attempt}): ${reason}`);
      return status === 'failed' ? { outcome: 'failed' } : { outcome: 'retry', inSeconds, error: reason };
    }
    await this.mails.markSent(id);
    return { outcome: 'sent' };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
