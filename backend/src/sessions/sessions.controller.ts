import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
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
}
