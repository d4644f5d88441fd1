import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type {
  FieldError,
  FollowUpAction,
  MyProgrammeEvent,
  ProgrammeEventDetail,
  ProgrammeEventKind,
  ProgrammeEventReport,
  ProgrammeEventSummary,
} from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { ProgrammeEventEntity, type StoredFollowUpAction } from './programme-event.entity';
import {
  ProgrammeEventFiguresQueryDto,
  SaveParticipantReportDto,
  SaveProgrammeEventDto,
} from './programme-events.dto';
import { ProgrammeEventsRepository } from './programme-events.repository';

/** Study visits, workshops and conferences: kept by coordinators, reported on by participants. */
@Injectable()
export class ProgrammeEventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: ProgrammeEventsRepository,
  ) {}

  async list(kind?: ProgrammeEventKind): Promise<ProgrammeEventSummary[]> {
    return (await this.events.list(kind)).map((e) => summaryOf(e, e.participant_count));
  }

  async get(id: string): Promise<ProgrammeEventDetail> {
    const event = await this.events.find(id);
    if (!event) throw new NotFoundException('No study visit, workshop or conference with this id');
    const [participants, reports, actions] = await Promise.all([
      this.events.participants(id),
      this.events.reports(id),
      this.actionsOf(event.followUpActions),
    ]);
    return {
      ...summaryOf(event, participants.length),
      description: event.description,
      agenda: event.agenda,
      costs: event.costs,
      speakers: event.speakers,
      participants,
      followUpActions: actions,
      reports,
    };
  }

  async create(request: SaveProgrammeEventDto): Promise<ProgrammeEventDetail> {
    await this.check(request, []);
    const id = await this.db.transaction(async (manager) => {
      const repository = manager.getRepository(ProgrammeEventEntity);
      const saved = await repository.save(repository.create(this.fields(request, [])));
      await this.events.replaceParticipants(saved.id, request.participantIds, manager);
      return saved.id;
    });
    return this.get(id);
  }

  async update(id: string, request: SaveProgrammeEventDto): Promise<ProgrammeEventDetail> {
    const existing = await this.events.find(id);
    if (!existing) throw new NotFoundException('No study visit, workshop or conference with this id');
    await this.check(request, existing.followUpActions);
    await this.db.transaction(async (manager) => {
      await manager
        .getRepository(ProgrammeEventEntity)
        .update(id, this.fields(request, existing.followUpActions));
      await this.events.replaceParticipants(id, request.participantIds, manager);
    });
    return this.get(id);
  }

  /** The events the caller takes part in, with their own report and the actions they own. */
  async mine(caller: SignedInPerson): Promise<MyProgrammeEvent[]> {
    const events = await this.events.eventsOf(caller.id);
    return Promise.all(
      events.map(async (event) => ({
        id: event.id,
        kind: event.kind,
        title: event.title,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
        city: event.city,
        country: event.country,
        hostOrganisations: event.hostOrganisations,
        agenda: event.agenda,
        myReport: await this.events.reportOf(event.id, caller.id),
        myActions: await this.actionsOf(event.followUpActions.filter((a) => a.ownerId === caller.id)),
      })),
    );
  }

  /** A participant writes (or rewrites) their short report on a study visit that has begun. */
  async saveMyReport(
    caller: SignedInPerson,
    id: string,
    request: SaveParticipantReportDto,
  ): Promise<MyProgrammeEvent> {
    const event = await this.events.find(id);
    if (!event || !(await this.events.isParticipant(id, caller.id))) {
      throw new NotFoundException('No study visit of yours with this id');
    }
    if (event.kind !== 'study_visit') {
      throw new UnprocessableEntityException({
        message: 'Participants report on study visits only',
        details: [{ field: 'id', reason: 'reports are written for study visits only' }],
      });
    }
    await this.events.saveReport(id, caller.id, request.learned, request.willApply);
    const mine = await this.mine(caller);
    return mine.find((e) => e.id === id) as MyProgrammeEvent;
  }

  async figures(query: ProgrammeEventFiguresQueryDto): Promise<ProgrammeEventReport> {
    if (query.from && query.to && query.from > query.to) {
      throw new UnprocessableEntityException({
        message: 'to: must be on or after from',
        details: [{ field: 'to', reason: 'must be on or after from' }],
      });
    }
    const [studyVisits, workshops] = await Promise.all([
      this.events.figures(['study_visit'], query.from ?? null, query.to ?? null),
      this.events.figures(['workshop', 'conference'], query.from ?? null, query.to ?? null),
    ]);
    return { studyVisits, workshops };
  }

  /** What a DTO cannot check: the dates in order, hosts of a visit, agenda days, the people named. */
  private async check(request: SaveProgrammeEventDto, existing: StoredFollowUpAction[]): Promise<void> {
    const problems: FieldError[] = [];
    if (request.endsOn < request.startsOn)
      problems.push({ field: 'endsOn', reason: 'must be on or after startsOn' });
    if (request.kind === 'study_visit' && request.hostOrganisations.length === 0) {
      problems.push({
        field: 'hostOrganisations',
        reason: 'a study visit needs at least one host organisation',
      });
    }
    request.agenda.forEach((item, i) => {
      if (item.day < request.startsOn || item.day > request.endsOn) {
        problems.push({ field: `agenda.${i}.day`, reason: 'must be one of the event’s days' });
      }
    });
    const known = new Set(existing.map((a) => a.id));
    const people = await this.events.enabledPeople([
      ...request.participantIds,
      ...request.followUpActions.map((a) => a.ownerId),
    ]);
    const missing = request.participantIds.filter((id) => !people.has(id));
    if (missing.length)
      problems.push({ field: 'participantIds', reason: `no enabled person: ${missing.join(', ')}` });
    request.followUpActions.forEach((action, i) => {
      if (!people.has(action.ownerId)) {
        problems.push({ field: `followUpActions.${i}.ownerId`, reason: 'must be an enabled person' });
      }
      if (action.id && !known.has(action.id)) {
        problems.push({ field: `followUpActions.${i}.id`, reason: 'no such action on this event' });
      }
    });
    if (problems.length) {
      throw new UnprocessableEntityException({
        message: problems.map((p) => `${p.field}: ${p.reason}`).join('; '),
        details: problems,
      });
    }
  }

  private fields(
    request: SaveProgrammeEventDto,
    existing: StoredFollowUpAction[],
  ): Partial<ProgrammeEventEntity> {
    const ids = new Set(existing.map((a) => a.id));
    return {
      kind: request.kind,
      title: request.title,
      description: request.description,
      startsOn: request.startsOn,
      endsOn: request.endsOn,
      city: request.city,
      country: request.country,
      hostOrganisations: request.hostOrganisations,
      agenda: [...request.agenda]
        .map(({ day, time, title, place }) => ({ day, time, title, place }))
        .sort((a, b) => `${a.day} ${a.time ?? ''}`.localeCompare(`${b.day} ${b.time ?? ''}`)),
      costs: request.costs.map(({ item, amountEur }) => ({ item, amountEur })),
      speakers: request.speakers.map(({ fullName, gender, organisation, topic }) => ({
        fullName,
        gender,
        organisation,
        topic,
      })),
      followUpActions: request.followUpActions.map((a) => ({
        id: a.id && ids.has(a.id) ? a.id : randomUUID(),
        description: a.description,
        ownerId: a.ownerId,
        dueOn: a.dueOn,
        done: a.done,
      })),
    };
  }

  private async actionsOf(actions: StoredFollowUpAction[]): Promise<FollowUpAction[]> {
    const names = await this.events.names([...new Set(actions.map((a) => a.ownerId))]);
    return [...actions]
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
      .map((a) => ({ ...a, ownerName: names.get(a.ownerId) ?? '' }));
  }
}

function summaryOf(event: ProgrammeEventEntity, participantCount: number): ProgrammeEventSummary {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    city: event.city,
    country: event.country,
    hostOrganisations: event.hostOrganisations,
    participantCount,
    speakerCount: event.speakers.length,
  };
}
