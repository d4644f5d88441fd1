import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  CoachingFigures,
  CoachingPerson,
  CoachingTrackDetail,
  CoachingTrackSummary,
  FieldError,
  DraftItem,
  MentorKind,
} from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { roleOn, throwProblems } from './coaching-access';
import { coachingFigures } from './coaching-figures.repository';
import { CoachingTrackEntity } from './coaching-track.entity';
import { CoachingFiguresQueryDto, SaveCoachingTrackDto } from './coaching.dto';
import { CoachingRepository } from './coaching.repository';
import { draftInTreeOrder } from './logframe-tree';

const UNKNOWN_PERSON: CoachingPerson = { id: '', fullName: '', gender: 'undeclared', organisationName: null };

/** Coaching tracks: kept by coordinators, followed by their mentor and team. */
@Injectable()
export class CoachingTracksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly coaching: CoachingRepository,
  ) {}

  async list(): Promise<CoachingTrackSummary[]> {
    return this.summaries(await this.coaching.tracks(null));
  }

  /** The tracks the caller mentors or is coached on. */
  async mine(caller: SignedInPerson): Promise<CoachingTrackSummary[]> {
    return this.summaries(await this.coaching.tracks(caller.id));
  }

  async get(caller: SignedInPerson, id: string): Promise<CoachingTrackDetail> {
    const track = await this.coaching.findTrack(id);
    const myRole = roleOn(caller, track, !!track && (await this.coaching.isMember(id, caller.id)));
    // Independent reads side by side: a track's page is read after every change made on it.
    const [[summary], meetings, draft] = await Promise.all([
      this.summaries([track as CoachingTrackEntity]),
      this.coaching.meetings(id),
      this.coaching.draftItems(id),
    ]);
    const [items, comments] = await Promise.all([
      this.coaching.actionItems(meetings.map((m) => m.id)),
      this.coaching.comments(draft.map((d) => d.id)),
    ]);
    return {
      ...summary,
      myRole,
      meetings: meetings.map((m) => ({
        id: m.id,
        heldOn: m.heldOn,
        durationMinutes: m.durationMinutes,
        mode: m.mode,
        notes: m.notes,
        actionItems: items.get(m.id) ?? [],
      })),
      draft: draftInTreeOrder(draft).map(
        (d): DraftItem => ({
          id: d.id,
          parentId: d.parentId,
          level: d.level,
          text: d.text,
          indicators: d.indicators,
          comments: comments.get(d.id) ?? [],
        }),
      ),
    };
  }

  async create(caller: SignedInPerson, request: SaveCoachingTrackDto): Promise<CoachingTrackDetail> {
    const mentorKind = await this.check(request);
    const id = await this.db.transaction(async (manager) => {
      const repository = manager.getRepository(CoachingTrackEntity);
      const saved = await repository.save(repository.create({ ...this.fields(request), mentorKind }));
      await this.coaching.replaceMembers(saved.id, request.teamIds, manager);
      return saved.id;
    });
    return this.get(caller, id);
  }

  async update(
    caller: SignedInPerson,
    id: string,
    request: SaveCoachingTrackDto,
  ): Promise<CoachingTrackDetail> {
    if (!(await this.coaching.findTrack(id))) throw new NotFoundException('No coaching track with this id');
    const mentorKind = await this.check(request);
    await this.db.transaction(async (manager) => {
      await manager.getRepository(CoachingTrackEntity).update(id, { ...this.fields(request), mentorKind });
      await this.coaching.replaceMembers(id, request.teamIds, manager);
    });
    return this.get(caller, id);
  }

  async figures(query: CoachingFiguresQueryDto): Promise<CoachingFigures> {
    if (query.from && query.to && query.from > query.to) {
      throwProblems([{ field: 'to', reason: 'must be on or after from' }]);
    }
    return coachingFigures(this.db, query);
  }

  /** What a DTO cannot check: dates in order, the mentor, the team and the organisation exist. */
  private async check(request: SaveCoachingTrackDto): Promise<MentorKind> {
    const problems: FieldError[] = [];
    if (request.endsOn < request.startsOn)
      problems.push({ field: 'endsOn', reason: 'must be on or after startsOn' });
    const people = await this.coaching.enabledPeople([request.mentorId, ...request.teamIds]);
    const mentor = people.get(request.mentorId);
    let mentorKind: MentorKind = 'trainer';
    if (!mentor) problems.push({ field: 'mentorId', reason: 'must be an enabled person' });
    else if (!mentor.roles.includes('trainer')) {
      mentorKind = 'partner_expert';
      if (!mentor.organisationId) {
        problems.push({
          field: 'mentorId',
          reason: 'must be a trainer from the roster, or an expert who belongs to a partner organisation',
        });
      }
    }
    if (request.teamIds.includes(request.mentorId))
      problems.push({ field: 'teamIds', reason: 'the mentor cannot also be coached on the track' });
    const missing = request.teamIds.filter((id) => !people.has(id));
    if (missing.length)
      problems.push({ field: 'teamIds', reason: `no enabled person: ${missing.join(', ')}` });
    if (request.organisationId && !(await this.coaching.organisationExists(request.organisationId)))
      problems.push({ field: 'organisationId', reason: 'no organisation with this id' });
    throwProblems(problems);
    return mentorKind;
  }

  private fields(request: SaveCoachingTrackDto): Partial<CoachingTrackEntity> {
    return {
      title: request.title,
      projectTitle: request.projectTitle,
      mentorId: request.mentorId,
      organisationId: request.organisationId,
      startsOn: request.startsOn,
      endsOn: request.endsOn,
      status: request.status,
    };
  }

  private async summaries(tracks: CoachingTrackEntity[]): Promise<CoachingTrackSummary[]> {
    const ids = tracks.map((t) => t.id);
    const [members, counts] = await Promise.all([this.coaching.members(ids), this.coaching.counts(ids)]);
    const people = await this.coaching.people([
      ...new Set([...tracks.map((t) => t.mentorId), ...[...members.values()].flat()]),
    ]);
    const organisations = await this.coaching.organisationNames([
      ...new Set(tracks.flatMap((t) => (t.organisationId ? [t.organisationId] : []))),
    ]);
    return tracks.map((t) => ({
      id: t.id,
      title: t.title,
      projectTitle: t.projectTitle,
      status: t.status,
      startsOn: t.startsOn,
      endsOn: t.endsOn,
      mentor: people.get(t.mentorId) ?? UNKNOWN_PERSON,
      mentorKind: t.mentorKind,
      organisationId: t.organisationId,
      organisationName: t.organisationId ? (organisations.get(t.organisationId) ?? null) : null,
      team: (members.get(t.id) ?? []).map((id) => people.get(id) ?? UNKNOWN_PERSON),
      draftStatus: t.draftStatus,
      meetingCount: counts.get(t.id)?.meetings ?? 0,
      openActionItems: counts.get(t.id)?.open ?? 0,
    }));
  }
}
