import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MyEvaluationState, SessionEvaluations } from '@atolye/shared';
import { RequirePermission, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { SubmitEvaluationDto } from './evaluations.dto';
import { EvaluationsService } from './evaluations.service';

@ApiTags('evaluations')
@Controller()
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  /** Whether the caller's evaluation of this enrolment's session is not yet open, due or done. */
  @Get('my/enrolments/:id/evaluation')
  @SignedIn()
  state(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<MyEvaluationState> {
    return this.evaluations.state(caller, id);
  }

  @Post('my/enrolments/:id/evaluation')
  @SignedIn()
  submit(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SubmitEvaluationDto,
  ): Promise<MyEvaluationState> {
    return this.evaluations.submit(caller, id, body);
  }

  @Get('sessions/:id/evaluations')
  @RequirePermission('sessions.manage', 'sessions.teach')
  forSession(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
  ): Promise<SessionEvaluations> {
    return this.evaluations.forSession(caller, id);
  }
}
