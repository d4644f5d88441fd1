import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  MyProgrammeEvent,
  ProgrammeEventDetail,
  ProgrammeEventReport,
  ProgrammeEventSummary,
} from '@atolye/shared';
import { RequirePermission, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import {
  ProgrammeEventFiguresQueryDto,
  ProgrammeEventsQueryDto,
  SaveParticipantReportDto,
  SaveProgrammeEventDto,
} from './programme-events.dto';
import { ProgrammeEventsService } from './programme-events.service';

@ApiTags('programme-events')
@Controller()
export class ProgrammeEventsController {
  constructor(private readonly events: ProgrammeEventsService) {}

  @Get('programme-events')
  @RequirePermission('sessions.manage')
  list(@Query() query: ProgrammeEventsQueryDto): Promise<ProgrammeEventSummary[]> {
    return this.events.list(query.kind);
  }

  @Post('programme-events')
  @RequirePermission('sessions.manage')
  create(@Body() body: SaveProgrammeEventDto): Promise<ProgrammeEventDetail> {
    return this.events.create(body);
  }

  /** The signed-in person's study visits, workshops and conferences. */
  @Get('my/programme-events')
  @SignedIn()
  mine(@Caller() caller: SignedInPerson): Promise<MyProgrammeEvent[]> {
    return this.events.mine(caller);
  }

  @Put('my/programme-events/:id/report')
  @SignedIn()
  saveReport(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveParticipantReportDto,
  ): Promise<MyProgrammeEvent> {
    return this.events.saveMyReport(caller, id, body);
  }

  /** People, organisations, gender and provinces of study visits and of workshops, beside the training figures. */
  @Get('reports/programme-events')
  @RequirePermission('reports.read')
  figures(@Query() query: ProgrammeEventFiguresQueryDto): Promise<ProgrammeEventReport> {
    return this.events.figures(query);
  }

  @Get('programme-events/:id')
  @RequirePermission('sessions.manage')
  get(@Param('id', UuidParam) id: string): Promise<ProgrammeEventDetail> {
    return this.events.get(id);
  }

  @Put('programme-events/:id')
  @RequirePermission('sessions.manage')
  update(
    @Param('id', UuidParam) id: string,
    @Body() body: SaveProgrammeEventDto,
  ): Promise<ProgrammeEventDetail> {
    return this.events.update(id, body);
  }
}
