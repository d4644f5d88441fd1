import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, SessionDetail, SessionSummary } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { SaveSessionDto, SessionsQueryDto } from './sessions.dto';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  /** Coordinators: every session. Trainers: the sessions they are assigned to. */
  @Get()
  @RequirePermission('sessions.manage', 'sessions.teach')
  list(@Caller() caller: SignedInPerson, @Query() query: SessionsQueryDto): Promise<Page<SessionSummary>> {
    return this.sessions.list(caller, query);
  }

  @Post()
  @RequirePermission('sessions.manage')
  create(@Body() body: SaveSessionDto): Promise<SessionDetail> {
    return this.sessions.create(body);
  }

  @Get(':id')
  @RequirePermission('sessions.manage', 'sessions.teach')
  get(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<SessionDetail> {
    return this.sessions.get(caller, id);
  }

  @Put(':id')
  @RequirePermission('sessions.manage')
  update(@Param('id', UuidParam) id: string, @Body() body: SaveSessionDto): Promise<SessionDetail> {
    return this.sessions.update(id, body);
  }

  /** Moves the session and its trainees to the training's newest revision, keeping progress. */
  @Post(':id/move-to-latest-revision')
  @HttpCode(200)
  @RequirePermission('sessions.manage')
  moveToLatest(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<SessionDetail> {
    return this.sessions.moveToLatestRevision(caller, id);
  }
}
