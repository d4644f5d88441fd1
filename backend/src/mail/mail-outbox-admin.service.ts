import { Injectable, NotFoundException } from '@nestjs/common';
import type { MailDetail, MailSummary, Page } from '@atolye/shared';
import { toMailDetail, toMailSummary } from './mail-outbox.dto';
import { MailRepository } from './mail.repository';

/** The outbox as administrators read it: what was sent, or would have been without SMTP. */
@Injectable()
export class MailOutboxAdminService {
  constructor(private readonly mails: MailRepository) {}

  async list(page: number, pageSize: number, recipient?: string): Promise<Page<MailSummary>> {
    const { items, total } = await this.mails.page(page, pageSize, recipient?.trim() || undefined);
    return { items: items.map(toMailSummary), total, page, pageSize };
  }

  async get(id: string): Promise<MailDetail> {
    const mail = await this.mails.findById(id);
    if (!mail) throw new NotFoundException('No mail with this id');
    return toMailDetail(mail);
  }
}
