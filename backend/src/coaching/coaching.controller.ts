import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CoachingFigures, CoachingTrackDetail, CoachingTrackSummary } from '@atolye/shared';
import { RequirePermission, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import {
  ActionItemDoneDto,
  CoachingFiguresQueryDto,
  CommentResolvedDto,
  DraftStatusDto,
  SaveCoachingMeetingDto,
  SaveCoachingTrackDto,
  SaveDraftCommentDto,
  SaveLogframeItemDto,
} from './coaching.dto';
import { CoachingTracksService } from './coaching-tracks.service';
import { CoachingWorkService } from './coaching-work.service';

const TRACK = 'coaching-tracks/:id';

@ApiTags('coaching')
@Controller()
export class CoachingController {
  constructor(
    private readonly tracks: CoachingTracksService,
    private readonly work: CoachingWorkService,
  ) {}

  @Get('coaching-tracks')
  @RequirePermission('sessions.manage')
  list(): Promise<CoachingTrackSummary[]> {
    return this.tracks.list();
  }

  @Post('coaching-tracks')
  @RequirePermission('sessions.manage')
  create(@Caller() caller: SignedInPerson, @Body() body: SaveCoachingTrackDto): Promise<CoachingTrackDetail> {
    return this.tracks.create(caller, body);
  }

  /** The tracks the signed-in person mentors or is coached on. */
  @Get('my/coaching-tracks')
  @SignedIn()
  mine(@Caller() caller: SignedInPerson): Promise<CoachingTrackSummary[]> {
    return this.tracks.mine(caller);
  }

  /** Finished tracks: tracks, organisations and people coached, meetings and hours. */
  @Get('reports/coaching')
  @RequirePermission('reports.read')
  figures(@Query() query: CoachingFiguresQueryDto): Promise<CoachingFigures> {
    return this.tracks.figures(query);
  }

  /** For its mentor, its team and coordinators; anyone else is told there is no such track. */
  @Get(TRACK)
  @SignedIn()
  get(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<CoachingTrackDetail> {
    return this.tracks.get(caller, id);
  }

  @Put(TRACK)
  @RequirePermission('sessions.manage')
  update(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveCoachingTrackDto,
  ): Promise<CoachingTrackDetail> {
    return this.tracks.update(caller, id, body);
  }

  @Post(`${TRACK}/meetings`)
  @SignedIn()
  addMeeting(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveCoachingMeetingDto,
  ): Promise<CoachingTrackDetail> {
    return this.work.addMeeting(caller, id, body);
  }

  @Put(`${TRACK}/meetings/:meetingId`)
  @SignedIn()
  updateMeeting(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Param('meetingId', UuidParam) meetingId: string,
    @Body() body: SaveCoachingMeetingDto,
  ): Promise<CoachingTrackDetail> {
    return this.work.updateMeeting(caller, id, meetingId, body);
  }

  @Put(`${TRACK}/action-items/:itemId/done`)
  @SignedIn()
  setActionItemDone(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Param('itemId', UuidParam) itemId: string,
    @Body() body: ActionItemDoneDto,
  ): Promise<CoachingTrackDetail> {
    return this.work.setActionItemDone(caller, id, itemId, body.done);
  }

  @Post(`${TRACK}/draft/items`)
  @SignedIn()
  addDraftItem(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveLogframeItemDto,
  ): Promise<CoachingTrackDetail> {
    return this.work.addDraftItem(caller, id, body);
  }

  @Put(`${TRACK}/draft/items/:itemId`)
  @SignedIn()
  updateDraftItem(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Param('itemId', UuidParam) itemId: string,
    @Body() body: SaveLogframeItemDto,
  ): Promise<CoachingTrackDetail> {
    return this.work.updateDraftItem(caller, id, itemId, body);
  }

  @Delete(`${TRACK}/draft/items/:itemId`)
  @SignedIn()
  removeDraftItem(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Param('itemId', UuidParam) itemId: string,
  ): Promise<CoachingTrackDetail> {
    return this.work.removeDraftItem(caller, id, itemId);
  }

  @Post(`${TRACK}/draft/items/:itemId/comments`)
  @SignedIn()
  comment(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Param('itemId', UuidParam) itemId: string,
    @Body() body: SaveDraftCommentDto,
  ): Promise<CoachingTrackDetail> {
    return this.work.comment(caller, id, itemId, body.body);
  }

  @Put(`${TRACK}/draft/comments/:commentId/resolved`)
  @SignedIn()
  resolveComment(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Param('commentId', UuidParam) commentId: string,
    @Body() body: CommentResolvedDto,
  ): Promise<CoachingTrackDetail> {
    return this.work.resolveComment(caller, id, commentId, body.resolved);
  }

  @Put(`${TRACK}/draft/status`)
  @SignedIn()
  setDraftStatus(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: DraftStatusDto,
  ): Promise<CoachingTrackDetail> {
    return this.work.setDraftStatus(caller, id, body.status);
  }
}
