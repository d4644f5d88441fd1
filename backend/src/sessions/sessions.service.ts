import {
  BadRequestException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import {
  can,
  DEFAULT_TIME_ZONE,
  timeZoneOfCountry,
  TIME_ZONE_CHOICES,
  type FieldError,
  type Page,
  type SessionDetail,
  type SessionSummary,
} from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import type { SignedInPerson } from '../access/signed-in-person';
import { TrainingsRepository } from '../trainings/trainings.repository';
import type { TrainingEntity } from '../trainings/training.entity';
import type { TrainingRevisionEntity } from '../trainings/training-revision.entity';
import { MeetingEntity } from './meeting.entity';
import { SessionEntity } from './session.entity';
import { SaveSessionDto, SessionsQueryDto } from './sessions.dto';
import { toSessionDetail, toSessionSummary, type SessionContext } from './sessions.mapper';
import { SessionsRepository } from './sessions.repository';
import { problem } from '../common/api-problem';

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly trainings: TrainingsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Coordinators see every session; trainers the ones they are assigned to. */
  async list(caller: SignedInPerson, query: SessionsQueryDto): Promise<Page<SessionSummary>> {
    const trainerId = can(caller.roles, 'sessions.manage') ? undefined : caller.id;
    const [rows, total] = await this.sessions.list(query.page, query.pageSize, { ...query, trainerId });
    const contexts = await this.contexts(rows);
    return {
      items: rows.map((s) => toSessionSummary(s, contexts.get(s.id) as SessionContext)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(caller: SignedInPerson, id: string): Promise<SessionDetail> {
    const session = await this.visible(caller, id);
    return toSessionDetail(session, (await this.contexts([session])).get(id) as SessionContext);
  }

  async create(request: SaveSessionDto): Promise<SessionDetail> {
    const training = await this.checkRequest(request);
    const revision = await this.trainings.findRevision(training.id, training.currentRevision);
    if (!revision)
      throw new UnprocessableEntityException(
        problem('training.noModules', 'The training has no modules yet'),
      );
    const id = await this.db.transaction(async (manager) => {
      const session = await manager
        .getRepository(SessionEntity)
        .save({ ...this.fields(request, this.zoneOf(request)), trainingRevisionId: revision.id });
      await this.saveMeetings(manager, session.id, request);
      return session.id;
    });
    return this.detail(id);
  }

  /** Checks a change before its transaction opens: the checks read on connections of their own. */
  async checkChange(request: SaveSessionDto): Promise<void> {
    await this.checkRequest(request, true);
  }

  /**
   * Saves a checked change in the caller's transaction, the session locked; answers how many
   * seats a larger capacity leaves free, for the enrolments feature to give to the waiting list.
   */
  async saveChange(manager: EntityManager, id: string, request: SaveSessionDto): Promise<number> {
    const session = await this.sessions.lock(id, manager);
    if (!session) throw new NotFoundException('No session with this id');
    if (session.trainingId !== request.trainingId) {
      throw new BadRequestException({
        message: 'trainingId: a session cannot move to another training',
        details: [{ field: 'trainingId', reason: 'a session cannot move to another training' }],
      });
    }
    const enrolled = (await this.sessions.counts([id], manager)).get(id)?.enrolled ?? 0;
    Object.assign(session, this.fields(request, this.zoneOf(request, session)));
    await manager.getRepository(SessionEntity).save(session);
    await this.saveMeetings(manager, id, request);
    return Math.max(request.capacity - enrolled, 0);
  }

  /**
   * Moves a session to the training's current revision in the caller's transaction; answers the
   * revision moved to, or null when the session is on it already. Its enrolments, their lesson
   * progress and their quiz attempts are their own features' to move (SessionChangesService).
   */
  async moveToLatestRevision(
    manager: EntityManager,
    actor: SignedInPerson,
    id: string,
  ): Promise<TrainingRevisionEntity | null> {
    const session = await this.sessions.lock(id, manager);
    if (!session) throw new NotFoundException('No session with this id');
    const training = (await this.trainings.findById(session.trainingId, manager)) as TrainingEntity;
    const target = await this.trainings.findRevision(training.id, training.currentRevision, manager);
    if (!target || target.id === session.trainingRevisionId) return null;
    const from = session.trainingRevisionId;
    session.trainingRevisionId = target.id;
    await manager.getRepository(SessionEntity).save(session);
    await this.audit.record(
      {
        actor: { id: actor.id, fullName: actor.fullName },
        action: 'session.moved_to_revision',
        subjectType: 'session',
        subjectId: id,
        subjectLabel: session.title,
        before: { trainingRevisionId: from },
        after: { trainingRevisionId: target.id, revision: target.number },
      },
      manager,
    );
    return target;
  }

  /** The session if the caller may see it: coordinators any, trainers their own. */
  async visible(caller: SignedInPerson, id: string): Promise<SessionEntity> {
    const session = await this.sessions.findById(id);
    if (!session) throw new NotFoundException('No session with this id');
    if (!can(caller.roles, 'sessions.manage') && !session.trainerIds.includes(caller.id)) {
      throw new ForbiddenException(
        problem('session.notYourSession', 'You are not a trainer of this session'),
      );
    }
    return session;
  }

  async contexts(sessions: SessionEntity[]): Promise<Map<string, SessionContext>> {
    const ids = sessions.map((s) => s.id);
    const trainingIds = [...new Set(sessions.map((s) => s.trainingId))];
    const [counts, meetings, names, revisions, trainings] = await Promise.all([
      this.sessions.counts(ids),
      this.sessions.meetingsOf(ids),
      this.sessions.trainerNames([...new Set(sessions.flatMap((s) => s.trainerIds))]),
      this.trainings.revisionsOf(trainingIds),
      this.trainings.findByIds(trainingIds),
    ]);
    const now = new Date();
    return new Map(
      sessions.map((s) => [
        s.id,
        {
          training: trainings.find((t) => t.id === s.trainingId) as TrainingEntity,
          revision: revisions.find((r) => r.id === s.trainingRevisionId)?.number ?? 1,
          counts: counts.get(s.id),
          meetings: meetings.filter((m) => m.sessionId === s.id),
          trainerNames: names,
          now,
        },
      ]),
    );
  }

  /** The session as the API shows it, for a caller already checked. */
  async detail(id: string): Promise<SessionDetail> {
    const session = (await this.sessions.findById(id)) as SessionEntity;
    return toSessionDetail(session, (await this.contexts([session])).get(id) as SessionContext);
  }

  /**
   * The zone a request names; else the one the session had; else its venue's country's, or
   * Europe/Istanbul for an online session. `checkRequest` has made sure one of them exists.
   */
  private zoneOf(request: SaveSessionDto, current?: SessionEntity): string {
    if (request.timeZone) return request.timeZone;
    if (current) return current.timeZone;
    if (request.mode === 'online') return DEFAULT_TIME_ZONE;
    return timeZoneOfCountry(request.country) ?? DEFAULT_TIME_ZONE;
  }

  private fields(request: SaveSessionDto, timeZone: string): Partial<SessionEntity> {
    return {
      trainingId: request.trainingId,
      title: request.title,
      format: request.format,
      mode: request.mode,
      language: request.language,
      venue: request.venue ?? null,
      meetingLink: request.meetingLink ?? null,
      city: request.city,
      country: request.country,
      timeZone,
      capacity: request.capacity,
      enrolmentOpensAt: new Date(request.enrolmentOpensAt),
      enrolmentClosesAt: new Date(request.enrolmentClosesAt),
      enrolmentPolicy: request.enrolmentPolicy,
      trainerIds: request.trainerIds,
    };
  }

  private async saveMeetings(
    manager: EntityManager,
    sessionId: string,
    request: SaveSessionDto,
  ): Promise<void> {
    const repository = manager.getRepository(MeetingEntity);
    const keep = request.meetings.flatMap((m) => (m.id ? [m.id] : []));
    await repository.delete({ sessionId, ...(keep.length ? { id: Not(In(keep)) } : {}) });
    for (const meeting of request.meetings) {
      const fields = {
        sessionId,
        startsAt: new Date(meeting.startsAt),
        endsAt: new Date(meeting.endsAt),
        topic: meeting.topic,
        location: meeting.location ?? null,
      };
      if (meeting.id) {
        const result = await repository.update({ id: meeting.id, sessionId }, fields);
        if (!result.affected)
          throw new UnprocessableEntityException(`meetings: no meeting ${meeting.id} in this session`);
      } else {
        await repository.insert({ ...fields, checkInSecret: randomBytes(16).toString('hex') });
      }
    }
  }

  /** Checks what a DTO cannot: dates in order, mode-specific fields, the zone, trainers and the training. */
  private async checkRequest(request: SaveSessionDto, updating = false): Promise<TrainingEntity> {
    const details: FieldError[] = [];
    if (new Date(request.enrolmentClosesAt) <= new Date(request.enrolmentOpensAt)) {
      details.push({ field: 'enrolmentClosesAt', reason: 'must be after enrolmentOpensAt' });
    }
    request.meetings.forEach((meeting, i) => {
      if (new Date(meeting.endsAt) <= new Date(meeting.startsAt))
        details.push({ field: `meetings.${i}.endsAt`, reason: 'must be after startsAt' });
    });
    if (request.mode !== 'in_person' && !request.meetingLink)
      details.push({ field: 'meetingLink', reason: `is needed for ${request.mode} sessions` });
    if (request.mode !== 'online' && !request.venue)
      details.push({ field: 'venue', reason: `is needed for ${request.mode.replace('_', ' ')} sessions` });
    if (!request.timeZone && !updating && request.mode !== 'online' && !timeZoneOfCountry(request.country))
      details.push({
        field: 'timeZone',
        reason: `is needed: no single time zone is known for country ${request.country}`,
      });
    if (request.timeZone && !(await this.databaseKnowsZone(request.timeZone)))
      details.push({
        field: 'timeZone',
        reason: `${request.timeZone} is not a time zone the database knows`,
      });
    if (details.length > 0)
      throw new BadRequestException({ message: `${details[0].field}: ${details[0].reason}`, details });

    const training = await this.trainings.findById(request.trainingId);
    if (!training)
      throw new UnprocessableEntityException({
        message: 'trainingId: no training with this id',
        details: [{ field: 'trainingId', reason: 'no training with this id' }],
      });
    if (training.status === 'archived')
      throw new UnprocessableEntityException({
        message: 'trainingId: the training is archived',
        details: [{ field: 'trainingId', reason: 'the training is archived' }],
      });
    if (!training.languages.includes(request.language)) {
      throw new UnprocessableEntityException({
        message: `language: the training is not offered in ${request.language}`,
        details: [{ field: 'language', reason: `the training is not offered in ${request.language}` }],
      });
    }
    const trainers = await this.sessions.trainersAmong(request.trainerIds);
    const notTrainers = request.trainerIds.filter((id) => !trainers.includes(id));
    if (notTrainers.length > 0) {
      throw new UnprocessableEntityException({
        message: 'trainerIds: each must be an enabled person with the trainer role',
        details: [{ field: 'trainerIds', reason: `not a trainer: ${notTrainers.join(', ')}` }],
      });
    }
    return training;
  }

  /** Dates are reckoned in the zone by PostgreSQL too (certificate dates), so it must know it. */
  private async databaseKnowsZone(zone: string): Promise<boolean> {
    if (TIME_ZONE_CHOICES.some((choice) => choice.id === zone)) return true;
    return this.sessions.knowsTimeZone(zone);
  }
}
