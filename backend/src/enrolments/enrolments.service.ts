import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EnrolmentStatus, EnrolmentSummary } from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import type { SignedInPerson } from '../access/signed-in-person';
import { MailNotifications } from '../mail/mail-notifications.service';
import { isEnrolmentOpen } from '../sessions/sessions.mapper';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SessionsService } from '../sessions/sessions.service';
import type { SessionEntity } from '../sessions/session.entity';
import { TrainingsRepository } from '../trainings/trainings.repository';
import { EnrolmentEntity } from './enrolment.entity';
import { toEnrolmentSummary } from './enrolments.mapper';
import { EnrolmentsRepository } from './enrolments.repository';
import { problem, type ApiProblem } from '../common/api-problem';
import { PeopleRepository } from '../people/people.repository';

const ALREADY: Record<string, ApiProblem> = {
  enrolled: problem('enrolment.alreadyEnrolled', 'You are already enrolled in this session'),
  completed: problem('enrolment.alreadyCompleted', 'You have already completed this session'),
  waitlisted: problem('enrolment.alreadyWaitlisted', 'You are already on the waiting list of this session'),
  pending: problem(
    'enrolment.alreadyPending',
    'Your enrolment request for this session is already waiting for approval',
  ),
};

@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrolments: EnrolmentsRepository,
    private readonly sessions: SessionsRepository,
    private readonly sessionsService: SessionsService,
    private readonly trainings: TrainingsRepository,
    private readonly audit: AuditService,
    private readonly notifications: MailNotifications,
    private readonly people: PeopleRepository,
  ) {}

  /**
   * A trainee enrols themselves: enrolled while seats last, then waitlisted; pending when the
   * session needs approval. The session row is locked, so concurrent requests never overfill it.
   */
  async enrolSelf(caller: SignedInPerson, sessionId: string): Promise<EnrolmentSummary> {
    const id = await this.db.transaction(async (manager) => {
      const session = await this.sessions.lock(sessionId, manager);
      if (!session) throw new NotFoundException('No session with this id');
      const training = await this.trainings.findById(session.trainingId, manager);
      if (training?.status !== 'published')
        throw new ForbiddenException(
          problem('enrolment.trainingNotOpen', 'This training is not open for enrolment'),
        );
      if (!isEnrolmentOpen(session, new Date()))
        throw new ForbiddenException(problem('enrolment.closed', 'Enrolment for this session is closed'));
      const existing = await this.enrolments.findLive(sessionId, caller.id, manager);
      if (existing) throw new ConflictException(ALREADY[existing.status]);
      const status =
        session.enrolmentPolicy === 'approval' ? 'pending' : await this.seatOrWaitlist(manager, session);
      const enrolmentId = await this.insert(manager, session, caller.id, status);
      await this.audit.record(
        {
          actor: { id: caller.id, fullName: caller.fullName },
          action: 'enrolment.requested',
          subjectType: 'enrolment',
          subjectId: enrolmentId,
          subjectLabel: `${caller.fullName} — ${session.title}`,
          before: null,
          after: { status },
        },
        manager,
      );
      return enrolmentId;
    });
    return this.summary(id);
  }

  /** Withdrawing frees the seat for the first person on the waiting list. */
  async withdraw(caller: SignedInPerson, enrolmentId: string): Promise<EnrolmentSummary> {
    await this.db.transaction(async (manager) => {
      const found = await this.enrolments.findById(enrolmentId, manager);
      if (!found || found.personId !== caller.id)
        throw new NotFoundException('No enrolment of yours with this id');
      const session = (await this.sessions.lock(found.sessionId, manager)) as SessionEntity;
      const enrolment = (await this.enrolments.findById(enrolmentId, manager)) as EnrolmentEntity;
      if (!['pending', 'enrolled', 'waitlisted'].includes(enrolment.status)) {
        throw new ConflictException(
          problem(
            'enrolment.cannotWithdraw',
            `This enrolment is ${enrolment.status} and cannot be withdrawn`,
          ),
        );
      }
      const freedSeat = enrolment.status === 'enrolled';
      await manager
        .getRepository(EnrolmentEntity)
        .update({ id: enrolmentId }, { status: 'withdrawn', decidedAt: new Date() });
      await this.audit.record(
        {
          actor: { id: caller.id, fullName: caller.fullName },
          action: 'enrolment.left',
          subjectType: 'enrolment',
          subjectId: enrolmentId,
          subjectLabel: `${caller.fullName} — ${session.title}`,
          before: { status: enrolment.status },
          after: { status: 'withdrawn' },
        },
        manager,
      );
      if (freedSeat) await this.promoteFromWaitlist(manager, caller, session.id, 1);
    });
    return this.summary(enrolmentId);
  }

  /**
   * A coordinator withdraws someone (a seat, a place on the waiting list or a request), with a
   * reason that goes to the audit log and to the person by mail; a freed seat goes to the first
   * person waiting.
   */
  async withdrawByCoordinator(
    actor: SignedInPerson,
    enrolmentId: string,
    reason: string,
  ): Promise<EnrolmentSummary> {
    await this.db.transaction(async (manager) => {
      const found = await this.enrolments.findById(enrolmentId, manager);
      if (!found) throw new NotFoundException('No enrolment with this id');
      const session = (await this.sessions.lock(found.sessionId, manager)) as SessionEntity;
      const enrolment = (await this.enrolments.findById(enrolmentId, manager)) as EnrolmentEntity;
      if (!['pending', 'enrolled', 'waitlisted'].includes(enrolment.status))
        throw new ConflictException(
          problem(
            'enrolment.cannotWithdraw',
            `This enrolment is ${enrolment.status} and cannot be withdrawn`,
          ),
        );
      await manager
        .getRepository(EnrolmentEntity)
        .update({ id: enrolmentId }, { status: 'withdrawn', decidedAt: new Date(), decidedBy: actor.id });
      const fullName = await this.people.fullNameOf(manager, enrolment.personId);
      await this.audit.record(
        {
          actor: { id: actor.id, fullName: actor.fullName },
          action: 'enrolment.withdrawn',
          subjectType: 'enrolment',
          subjectId: enrolmentId,
          subjectLabel: `${fullName} — ${session.title}`,
          before: { status: enrolment.status },
          after: { status: 'withdrawn', reason },
        },
        manager,
      );
      await this.notifications.enrolmentWithdrawn(manager, enrolmentId, reason);
      if (enrolment.status === 'enrolled') await this.promoteFromWaitlist(manager, actor, session.id, 1);
    });
    return this.summary(enrolmentId);
  }

  /** A coordinator enrols someone by hand: no window or approval, but capacity still holds. */
  async enrolByHand(actor: SignedInPerson, sessionId: string, personId: string): Promise<EnrolmentSummary> {
    const id = await this.db.transaction(async (manager) => {
      const session = await this.sessions.lock(sessionId, manager);
      if (!session) throw new NotFoundException('No session with this id');
      return this.placeByCoordinator(manager, actor, session, personId);
    });
    return this.summary(id);
  }

  /**
   * Used by enrol-by-hand and the bulk import; runs inside the caller's transaction. The person is
   * told by mail, with the session's meetings attached.
   */
  async placeByCoordinator(
    manager: EntityManager,
    actor: SignedInPerson,
    session: SessionEntity,
    personId: string,
  ): Promise<string> {
    const person = await this.people.findPlainById(manager, personId);
    if (!person)
      throw new UnprocessableEntityException({
        message: 'personId: no person with this id',
        details: [{ field: 'personId', reason: 'no person with this id' }],
      });
    const existing = await this.enrolments.findLive(session.id, personId, manager);
    if (existing)
      throw new ConflictException(
        problem(
          'enrolment.personAlreadyIn',
          `${person.fullName} is already ${existing.status} in this session`,
          { name: person.fullName, status: existing.status },
        ),
      );
    const status = await this.seatOrWaitlist(manager, session);
    const id = await this.insert(manager, session, personId, status, actor.id);
    await this.audit.record(
      {
        actor: { id: actor.id, fullName: actor.fullName },
        action: 'enrolment.added',
        subjectType: 'enrolment',
        subjectId: id,
        subjectLabel: `${person.fullName} — ${session.title}`,
        before: null,
        after: { status },
      },
      manager,
    );
    await this.notifications.enrolmentsConfirmed(manager, [id]);
    return id;
  }

  /** Approves a pending request: a seat if one is free, else the waiting list. */
  async decide(actor: SignedInPerson, enrolmentId: string, approve: boolean): Promise<EnrolmentSummary> {
    await this.db.transaction(async (manager) => {
      const found = await this.enrolments.findById(enrolmentId, manager);
      if (!found) throw new NotFoundException('No enrolment with this id');
      const session = (await this.sessions.lock(found.sessionId, manager)) as SessionEntity;
      const enrolment = (await this.enrolments.findById(enrolmentId, manager)) as EnrolmentEntity;
      if (enrolment.status !== 'pending')
        throw new ConflictException(
          problem('enrolment.alreadyDecided', `This request was already decided (${enrolment.status})`),
        );
      const status: EnrolmentStatus = approve ? await this.seatOrWaitlist(manager, session) : 'rejected';
      await manager
        .getRepository(EnrolmentEntity)
        .update({ id: enrolmentId }, { status, decidedAt: new Date(), decidedBy: actor.id });
      const fullName = await this.people.fullNameOf(manager, enrolment.personId);
      await this.audit.record(
        {
          actor: { id: actor.id, fullName: actor.fullName },
          action: approve ? 'enrolment.approved' : 'enrolment.rejected',
          subjectType: 'enrolment',
          subjectId: enrolmentId,
          subjectLabel: `${fullName} — ${session.title}`,
          before: { status: 'pending' },
          after: { status },
        },
        manager,
      );
      await this.notifications.enrolments(manager, approve ? 'approved' : 'rejected', [enrolmentId]);
    });
    return this.summary(enrolmentId);
  }

  /**
   * Gives free seats (one withdrawn, or a capacity raised) to the first on the waiting list,
   * oldest request first, and tells them so, inside the caller's transaction.
   */
  async promoteFromWaitlist(
    manager: EntityManager,
    actor: SignedInPerson,
    sessionId: string,
    seats: number,
  ): Promise<void> {
    if (seats <= 0) return;
    const promoted = await this.enrolments.promoteWaitlisted(manager, sessionId, seats);
    for (const { id, label } of promoted)
      await this.audit.record(
        {
          actor: { id: actor.id, fullName: actor.fullName },
          action: 'enrolment.promoted',
          subjectType: 'enrolment',
          subjectId: id,
          subjectLabel: label,
          before: { status: 'waitlisted' },
          after: { status: 'enrolled' },
        },
        manager,
      );
    await this.notifications.enrolments(
      manager,
      'promoted',
      promoted.map((row) => row.id),
    );
  }

  /**
   * Every enrolment goes along when its session moves to a newer revision, inside the move's
   * transaction: the session's audit entry records the move, and nobody is mailed.
   */
  moveToRevision(manager: EntityManager, sessionId: string, revisionId: string): Promise<void> {
    return this.enrolments.pinRevision(manager, sessionId, revisionId);
  }

  /**
   * A walk-in merged into an account holds a seat: they attended in person. The merge's audit
   * entry records it; nobody is mailed, as the person is already there.
   */
  seatAttendee(
    manager: EntityManager,
    actor: SignedInPerson,
    session: SessionEntity,
    personId: string,
  ): Promise<string> {
    return this.enrolments.seatAttendee(manager, session, personId, actor.id);
  }

  /**
   * Completed, inside the transaction that issues the enrolments' certificates: the certificate's
   * audit entry and mail are the record of it, so this transition writes none of its own.
   */
  complete(manager: EntityManager, enrolmentIds: string[]): Promise<void> {
    return this.enrolments.markCompleted(manager, enrolmentIds);
  }

  /**
   * Revoked, a certificate no longer says the training was completed: neither does the
   * enrolment, until a certificate is issued again. The revocation's audit entry and mail are
   * the record of it.
   */
  uncomplete(manager: EntityManager, enrolmentId: string): Promise<void> {
    return this.enrolments.reopenCompleted(manager, enrolmentId);
  }

  /** The roster: coordinators for any session, trainers for their own. */
  async listForSession(caller: SignedInPerson, sessionId: string): Promise<EnrolmentSummary[]> {
    await this.sessionsService.visible(caller, sessionId);
    return (await this.enrolments.rows({ sessionId })).map(toEnrolmentSummary);
  }

  /** The roster with the session's time zone, for exports. */
  async rosterOf(
    caller: SignedInPerson,
    sessionId: string,
  ): Promise<{ timeZone: string; rows: EnrolmentSummary[] }> {
    const session = await this.sessionsService.visible(caller, sessionId);
    const rows = (await this.enrolments.rows({ sessionId })).map(toEnrolmentSummary);
    return { timeZone: session.timeZone, rows };
  }

  async summary(enrolmentId: string): Promise<EnrolmentSummary> {
    const [row] = await this.enrolments.rows({ enrolmentId });
    return toEnrolmentSummary(row);
  }

  private async seatOrWaitlist(manager: EntityManager, session: SessionEntity): Promise<EnrolmentStatus> {
    return (await this.enrolments.countEnrolled(session.id, manager)) < session.capacity
      ? 'enrolled'
      : 'waitlisted';
  }

  private async insert(
    manager: EntityManager,
    session: SessionEntity,
    personId: string,
    status: EnrolmentStatus,
    decidedBy?: string,
  ): Promise<string> {
    const saved = await manager.getRepository(EnrolmentEntity).save({
      sessionId: session.id,
      personId,
      trainingRevisionId: session.trainingRevisionId,
      status,
      decidedAt: status === 'pending' ? null : new Date(),
      decidedBy: decidedBy ?? null,
    });
    return saved.id;
  }
}
