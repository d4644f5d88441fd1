import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SessionDetail } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { SaveSessionDto } from '../sessions/sessions.dto';
import { SessionChangesService } from './session-changes.service';

/** The session routes whose change reaches its enrolments (see SessionChangesService). */
@ApiTags('sessions')
@Controller('sessions')
export class SessionChangesController {
  constructor(private readonly changes: SessionChangesService) {}

  @Put(':id')
  @RequirePermission('sessions.manage')
  update(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveSessionDto,
  ): Promise<SessionDetail> {
    return this.changes.update(caller, id, body);
  }

  /** Moves the session and its trainees to the training's newest revision, keeping progress. */
  @Post(':id/move-to-latest-revision')
  @HttpCode(200)
  @RequirePermission('sessions.manage')
  moveToLatest(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<SessionDetail> {
    return this.changes.moveToLatestRevision(caller, id);
  }
}
