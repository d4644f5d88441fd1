import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEntry, Page } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Changes that matter, newest first: who, what, when, before and after. */
  @Get()
  @RequirePermission('audit.read')
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.list(query.page, query.pageSize, { action: query.action, subjectId: query.subjectId });
  }
}
