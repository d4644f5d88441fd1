import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { CoachingRole, CoachingTrackDetail, FieldError } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { requireRole, roleOn, throwProblems } from './coaching-access';
import type { CoachingTrackEntity } from './coaching-track.entity';
import { CoachingTracksService } from './coaching-tracks.service';
import { SaveCoachingMeetingDto, SaveLogframeItemDto } from './coaching.dto';
import { type DraftItemFields, type MeetingFields, CoachingRepository } from './coaching.repository';
import { parentLevelOf } from './logframe-tree';

/** The work on a track: meetings and their action items, the team's draft and the mentor's comments. */
@Injectable()
export class CoachingWorkService {
  constructor(
    private readonly coaching: CoachingRepository,
    private readonly tracks: CoachingTracksService,
  ) {}

  async addMeeting(caller: SignedInPerson, trackId: string, request: SaveCoachingMeetingDto) {
    const { track, role } = await this.trackOf(caller, trackId);
    requireRole(role, ['mentor', 'coordinator'], 'the mentor or a coordinator records meetings');
    await this.checkMeeting(track, request, new Set());
    await this.coaching.addMeeting(trackId, this.meetingFields(request), request.actionItems);
    return this.tracks.get(caller, trackId);
  }

  async updateMeeting(
    caller: SignedInPerson,
    trackId: string,
    meetingId: string,
    request: SaveCoachingMeetingDto,
  ): Promise<CoachingTrackDetail> {
    const { track, role } = await this.trackOf(caller, trackId);
    requireRole(role, ['mentor', 'coordinator'], 'the mentor or a coordinator edits meetings');
    if (!(await this.coaching.findMeeting(trackId, meetingId)))
      throw new NotFoundException('No meeting with this id on this track');
    const existing = (await this.coaching.actionItems([meetingId])).get(meetingId) ?? [];
    await this.checkMeeting(track, request, new Set(existing.map((a) => a.id)));
    await this.coaching.updateMeeting(meetingId, this.meetingFields(request), request.actionItems);
    return this.tracks.get(caller, trackId);
  }

  /** Team members tick their own items; the mentor and coordinators any item of the track. */
  async setActionItemDone(caller: SignedInPerson, trackId: string, itemId: string, done: boolean) {
    const { role } = await this.trackOf(caller, trackId);
    const item = await this.coaching.findActionItem(trackId, itemId);
    if (!item) throw new NotFoundException('No action item with this id on this track');
    if (role === 'team' && item.ownerId !== caller.id) requireRole(role, [], 'its owner ticks this item');
    await this.coaching.setActionItemDone(itemId, done);
    return this.tracks.get(caller, trackId);
  }

  async addDraftItem(caller: SignedInPerson, trackId: string, request: SaveLogframeItemDto) {
    const { track, role } = await this.trackOf(caller, trackId);
    this.requireEditableDraft(role, track);
    await this.checkParent(trackId, request);
    await this.coaching.addDraftItem(trackId, this.itemFields(request));
    await this.draftEdited(track);
    return this.tracks.get(caller, trackId);
  }

  async updateDraftItem(
    caller: SignedInPerson,
    trackId: string,
    itemId: string,
    request: SaveLogframeItemDto,
  ) {
    const { track, role } = await this.trackOf(caller, trackId);
    this.requireEditableDraft(role, track);
    const item = await this.coaching.findDraftItem(trackId, itemId);
    if (!item) throw new NotFoundException('No draft item with this id on this track');
    if (item.level !== request.level || item.parentId !== request.parentId) {
      throwProblems([
        { field: 'level', reason: 'an item keeps its level and parent; remove it and add it anew' },
      ]);
    }
    await this.coaching.updateDraftItem(itemId, this.itemFields(request));
    await this.draftEdited(track);
    return this.tracks.get(caller, trackId);
  }

  async removeDraftItem(caller: SignedInPerson, trackId: string, itemId: string) {
    const { track, role } = await this.trackOf(caller, trackId);
    this.requireEditableDraft(role, track);
    if (!(await this.coaching.findDraftItem(trackId, itemId)))
      throw new NotFoundException('No draft item with this id on this track');
    await this.coaching.removeDraftItem(itemId);
    await this.draftEdited(track);
    return this.tracks.get(caller, trackId);
  }

  async comment(caller: SignedInPerson, trackId: string, itemId: string, body: string) {
    const { role } = await this.trackOf(caller, trackId);
    requireRole(role, ['mentor'], 'the mentor comments on the draft');
    if (!(await this.coaching.findDraftItem(trackId, itemId)))
      throw new NotFoundException('No draft item with this id on this track');
    await this.coaching.addComment(itemId, caller.id, body);
    return this.tracks.get(caller, trackId);
  }

  async resolveComment(caller: SignedInPerson, trackId: string, commentId: string, resolved: boolean) {
    const { role } = await this.trackOf(caller, trackId);
    requireRole(role, ['team'], 'the team marks comments resolved');
    if (!(await this.coaching.resolveComment(trackId, commentId, resolved)))
      throw new NotFoundException('No comment with this id on this track');
    return this.tracks.get(caller, trackId);
  }

  /** The team submits the draft for review; the mentor marks a submitted draft reviewed. */
  async setDraftStatus(caller: SignedInPerson, trackId: string, status: CoachingTrackEntity['draftStatus']) {
    const { track, role } = await this.trackOf(caller, trackId);
    if (status === 'submitted') requireRole(role, ['team'], 'the team submits its draft for review');
    else if (status === 'reviewed') {
      requireRole(role, ['mentor'], 'the mentor marks the draft reviewed');
      if (track.draftStatus !== 'submitted')
        throw new ConflictException('Only a draft submitted for review can be marked reviewed');
    } else requireRole(role, ['team', 'mentor'], 'the team or the mentor reopens the draft');
    await this.coaching.setDraftStatus(trackId, status);
    return this.tracks.get(caller, trackId);
  }

  private async trackOf(caller: SignedInPerson, trackId: string) {
    const track = await this.coaching.findTrack(trackId);
    const role = roleOn(caller, track, !!track && (await this.coaching.isMember(trackId, caller.id)));
    return { track: track as CoachingTrackEntity, role };
  }

  private requireEditableDraft(role: CoachingRole, track: CoachingTrackEntity): void {
    requireRole(role, ['team'], 'the team edits its project draft');
    if (track.draftStatus === 'submitted')
      throw new ConflictException('The draft is with the mentor for review; it can be edited once reviewed');
  }

  /** A reviewed draft that the team changes is a draft in the making again. */
  private async draftEdited(track: CoachingTrackEntity): Promise<void> {
    if (track.draftStatus === 'reviewed') await this.coaching.setDraftStatus(track.id, 'editing');
  }

  private async checkParent(trackId: string, request: SaveLogframeItemDto): Promise<void> {
    const parentLevel = parentLevelOf(request.level);
    if (!parentLevel) {
      if (request.parentId !== null)
        throwProblems([{ field: 'parentId', reason: 'the overall objective has no parent' }]);
      return;
    }
    const parent = request.parentId ? await this.coaching.findDraftItem(trackId, request.parentId) : null;
    if (!parent || parent.level !== parentLevel) {
      throwProblems([{ field: 'parentId', reason: `must be an item of level ${parentLevel} of this draft` }]);
    }
  }

  private async checkMeeting(
    track: CoachingTrackEntity,
    request: SaveCoachingMeetingDto,
    existingItems: Set<string>,
  ): Promise<void> {
    const owners = new Set([
      track.mentorId,
      ...((await this.coaching.members([track.id])).get(track.id) ?? []),
    ]);
    const problems: FieldError[] = [];
    request.actionItems.forEach((item, i) => {
      if (!owners.has(item.ownerId))
        problems.push({ field: `actionItems.${i}.ownerId`, reason: 'must be the mentor or a team member' });
      if (item.id && !existingItems.has(item.id))
        problems.push({ field: `actionItems.${i}.id`, reason: 'no such action item on this meeting' });
    });
    throwProblems(problems);
  }

  private meetingFields(request: SaveCoachingMeetingDto): MeetingFields {
    return {
      heldOn: request.heldOn,
      durationMinutes: request.durationMinutes,
      mode: request.mode,
      notes: request.notes,
    };
  }

  private itemFields(request: SaveLogframeItemDto): DraftItemFields {
    return {
      parentId: request.parentId,
      level: request.level,
      text: request.text,
      indicators: request.indicators.map(({ description, baseline, target, meansOfVerification }) => ({
        description,
        baseline,
        target,
        meansOfVerification,
      })),
    };
  }
}
