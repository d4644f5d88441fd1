import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EnrolmentSummary } from '@atolye/shared';
import { RequirePermission } from '../auth/access.decorator';
import { Caller, type SignedInPerson } from '../auth/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { EnrolPersonDto } from './enrolments.dto';
import { EnrolmentsService } from './enrolments.service';

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
