import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { EnrolmentSummary } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { sendDownload } from '../common/send-download';
import { UuidParam } from '../common/uuid-param.pipe';
import { EnrolPersonDto, WithdrawEnrolmentDto } from './enrolments.dto';
import { EnrolmentsService } from './enrolments.service';
import { rosterCsv, rosterXlsx } from './roster-export';

@ApiTags('enrolments')
@Controller()
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  /** The session's roster with each person's status and lesson progress. */
  @Get('sessions/:id/enrolments')
  @RequirePermission('sessions.manage', 'sessions.teach')
  roster(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<EnrolmentSummary[]> {
    return this.enrolments.listForSession(caller, id);
  }

  /** The roster as CSV, in the language of the person exporting. */
  @Get('sessions/:id/roster.csv')
  @RequirePermission('sessions.manage', 'sessions.teach')
  async rosterCsv(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { timeZone, rows } = await this.enrolments.rosterOf(caller, id);
    sendDownload(response, `roster-${id.slice(0, 8)}.csv`, rosterCsv(rows, timeZone, caller.language));
  }

  /** The roster as an Excel workbook, in the language of the person exporting. */
  @Get('sessions/:id/roster.xlsx')
  @RequirePermission('sessions.manage', 'sessions.teach')
  async rosterXlsx(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { timeZone, rows } = await this.enrolments.rosterOf(caller, id);
    sendDownload(
      response,
      `roster-${id.slice(0, 8)}.xlsx`,
      await rosterXlsx(rows, timeZone, caller.language),
    );
  }

  /** A coordinator enrols a person by hand (a seat if one is free, else the waiting list). */
  @Post('sessions/:id/enrolments')
  @RequirePermission('sessions.manage')
  enrolByHand(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: EnrolPersonDto,
  ): Promise<EnrolmentSummary> {
    return this.enrolments.enrolByHand(caller, id, body.personId);
  }

  /** The signed-in trainee enrols in a session with open enrolment. */
  @Post('sessions/:id/enrol')
  @RequirePermission('learning.enrol')
  enrolSelf(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<EnrolmentSummary> {
    return this.enrolments.enrolSelf(caller, id);
  }

  @Post('enrolments/:id/withdraw')
  @HttpCode(200)
  @RequirePermission('learning.enrol')
  withdraw(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<EnrolmentSummary> {
    return this.enrolments.withdraw(caller, id);
  }

  /** A coordinator withdraws someone, with a reason: audited, mailed to them, the seat passed on. */
  @Post('enrolments/:id/withdrawal')
  @HttpCode(200)
  @RequirePermission('sessions.manage')
  withdrawByCoordinator(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: WithdrawEnrolmentDto,
  ): Promise<EnrolmentSummary> {
    return this.enrolments.withdrawByCoordinator(caller, id, body.reason);
  }

  @Post('enrolments/:id/approve')
  @HttpCode(200)
  @RequirePermission('sessions.manage')
  approve(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<EnrolmentSummary> {
    return this.enrolments.decide(caller, id, true);
  }

  @Post('enrolments/:id/reject')
  @HttpCode(200)
  @RequirePermission('sessions.manage')
  reject(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<EnrolmentSummary> {
    return this.enrolments.decide(caller, id, false);
  }
}
