import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FollowUpFigures, MyFollowUp } from '@atolye/shared';
import { RequirePermission, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { SubmitFollowUpDto } from './follow-up.dto';
import { FollowUpService } from './follow-up.service';

@ApiTags('follow-up')
@Controller()
export class FollowUpController {
  constructor(private readonly followUps: FollowUpService) {}

  /** The survey and the wave of this enrolment open now (if any), and whether it is answered. */
  @Get('my/enrolments/:id/follow-up')
  @SignedIn()
  mine(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<MyFollowUp> {
    return this.followUps.mine(caller, id);
  }

  @Post('my/enrolments/:id/follow-up')
  @SignedIn()
  answer(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SubmitFollowUpDto,
  ): Promise<MyFollowUp> {
    return this.followUps.answer(caller, id, body);
  }

  @Get('reports/follow-up')
  @RequirePermission('reports.read')
  figures(): Promise<FollowUpFigures> {
    return this.followUps.figures();
  }
}
