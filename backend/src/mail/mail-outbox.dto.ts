import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { MailDetail, MailSummary } from '@atolye/shared';
import { PageQueryDto } from '../common/pagination.dto';
import type { MailOutboxEntity } from './mail-outbox.entity';

export class MailOutboxQueryDto extends PageQueryDto {
  /** Part of the recipient's address. */
  @IsOptional()
  @IsString()
  @MaxLength(254)
  recipient?: string;
}

export function toMailSummary(mail: MailOutboxEntity): MailSummary {
  return {
    id: mail.id,
    kind: mail.kind,
    recipient: mail.recipient,
    language: mail.language,
    subject: mail.subject,
    status: mail.status,
    attempts: mail.attempts,
    lastError: mail.lastError,
    secretLink: mail.secretLink,
    createdAt: mail.createdAt.toISOString(),
    sentAt: mail.sentAt?.toISOString() ?? null,
  };
}

export function toMailDetail(mail: MailOutboxEntity): MailDetail {
  return { ...toMailSummary(mail), textBody: mail.textBody, htmlBody: mail.htmlBody };
}
