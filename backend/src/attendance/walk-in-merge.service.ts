import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AttendanceSheet } from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { Invitations } from '../people/invitations';
import { PasswordHasher } from '../access/password-hasher';
import type { SignedInPerson } from '../access/signed-in-person';
import { problem } from '../common/api-problem';
import { organisationNameKey } from '../organisations/organisation-name-key';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { PeopleRepository } from '../people/people.repository';
import type { PersonEntity } from '../people/person.entity';
import type { SessionEntity } from '../sessions/session.entity';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { MergeWalkInDto } from './attendance.dto';
import type { WalkInEntity } from './walk-in.entity';

/**
 * Turns a walk-in into an enrolment of an account (an existing one, or one created from the
 * walk-in's email), moving their attendance so nothing recorded is lost — nor the organisation
 * they gave at the door: an account without one takes it, and one with another is asked about.
 */
@Injectable()
export class WalkInMergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attendance: AttendanceService,
    private readonly records: AttendanceRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly invitations: Invitations,
    private readonly enrolments: EnrolmentsService,
    private readonly people: PeopleRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async merge(actor: SignedInPerson, walkInId: string, request: MergeWalkInDto): Promise<AttendanceSheet> {
    const walkIn = await this.records.walkIn(walkInId);
    if (!walkIn) throw new NotFoundException('No walk-in participant with this id');
    await this.db.transaction(async (manager) => {
      const session = await this.records.lockSession(manager, walkIn.sessionId);
      const person = await this.person(manager, walkIn, request);
      const organisation = await this.keepOrganisation(manager, walkIn, person, session, request);
      const enrolmentId = await this.enrolments.seatAttendee(manager, actor, session, person.id);
      await this.records.copyWalkInRecords(manager, walkIn.id, enrolmentId);
      await this.records.deleteWalkIn(manager, walkIn.id);
      await this.audit.record(
        {
          actor: { id: actor.id, fullName: actor.fullName },
          action: 'walk_in.merged',
          subjectType: 'enrolment',
          subjectId: enrolmentId,
          subjectLabel: `${walkIn.fullName} — ${session.title}`,
          before: { walkIn: walkIn.fullName, organisation: walkIn.organisationName, email: walkIn.email },
          after: { personId: person.id, enrolmentId, organisation },
        },
        manager,
      );
    });
    return this.attendance.sheetOf(walkIn.sessionId);
  }

  /**
   * The organisation the account holds after the merge (its name), taking the walk-in's when the
   * account has none or the coordinator chose it; a name not known yet becomes an organisation,
   * as in the bulk import.
   */
  private async keepOrganisation(
    manager: EntityManager,
    walkIn: WalkInEntity,
    person: PersonEntity,
    session: SessionEntity,
    request: MergeWalkInDto,
  ): Promise<string | null> {
    const current = person.organisationId
      ? await this.organisations.findByIdIn(manager, person.organisationId)
      : null;
    const typed = walkIn.organisationName?.trim();
    if (!typed) return current?.name ?? null;
    const key = organisationNameKey(typed);
    if (current && current.nameKey === key) return current.name;
    if (current && request.organisation !== 'walk_in') {
      if (request.organisation === 'account') return current.name;
      throw new ConflictException(
        problem(
          'walkIn.organisationDiffers',
          `The walk-in gave "${typed}" but the account belongs to "${current.name}": say which to keep (organisation: walk_in or account)`,
          { walkIn: typed, account: current.name },
        ),
      );
    }
    const { organisation: found } = await this.organisations.findOrCreateByName(manager, {
      name: typed,
      country: session.country,
      province: session.city,
    });
    await this.people.setOrganisation(manager, person.id, found.id);
    return found.name;
  }

  private async person(
    manager: EntityManager,
    walkIn: WalkInEntity,
    request: MergeWalkInDto,
  ): Promise<PersonEntity> {
    if (request.personId) {
      const person = await this.people.findPlainById(manager, request.personId);
      if (!person)
        throw new UnprocessableEntityException({
          message: 'personId: no person with this id',
          details: [{ field: 'personId', reason: 'no person with this id' }],
        });
      return person;
    }
    if (!walkIn.email) {
      throw new UnprocessableEntityException({
        message: 'personId: this walk-in has no email, so choose the account to merge into',
        details: [{ field: 'personId', reason: 'needed when the walk-in has no email' }],
      });
    }
    const existing = await this.people.findByStoredEmail(manager, walkIn.email);
    if (existing) return existing;
    const created = await this.people.createAccount(manager, {
      email: walkIn.email,
      fullName: walkIn.fullName,
      passwordHash: await this.hasher.hash(randomBytes(24).toString('base64url')),
      roles: ['trainee'],
      language: 'tr',
      gender: 'undeclared',
      organisationId: null,
    });
    await this.invitations.invite(manager, created);
    return created;
  }
}
