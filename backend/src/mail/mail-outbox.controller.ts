import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MailDetail, MailSummary, Page } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { UuidParam } from '../common/uuid-param.pipe';
import { MailOutboxAdminService } from './mail-outbox-admin.service';
import { MailOutboxQueryDto } from './mail-outbox.dto';

@ApiTags('mail')
@Controller('mail-outbox')
export class MailOutboxController {
  constructor(private readonly outbox: MailOutboxAdminService) {}

  /** Every mail, newest first, optionally for one recipient: sent, queued, failed or only kept. */
  @Get()
  @RequirePermission('mail.read')
  list(@Query() query: MailOutboxQueryDto): Promise<Page<MailSummary>> {
    return this.outbox.list(query.page, query.pageSize, query.recipient);
  }

  @Get(':id')
  @RequirePermission('mail.read')
  get(@Param('id', UuidParam) id: string): Promise<MailDetail> {
    return this.outbox.get(id);
  }
}
