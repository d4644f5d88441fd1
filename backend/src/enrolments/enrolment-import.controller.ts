import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ImportJob } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { StartImportDto } from './enrolments.dto';
import { EnrolmentImportService } from './enrolment-import.service';

@ApiTags('enrolments')
@Controller()
export class EnrolmentImportController {
  constructor(private readonly imports: EnrolmentImportService) {}

  /** Starts a bulk enrolment from a CSV or XLSX file; poll the returned job for progress. */
  @Post('sessions/:id/imports')
  @RequirePermission('sessions.manage')
  start(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: StartImportDto,
  ): Promise<ImportJob> {
    return this.imports.start(caller, id, body.fileName, body.contentBase64);
  }

  @Get('imports/:id')
  @RequirePermission('sessions.manage')
  get(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<ImportJob> {
    return this.imports.get(caller, id);
  }
}
