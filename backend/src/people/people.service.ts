import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import type { CurrentPerson, Page, PersonDetail, PersonSummary, Role } from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import { AuthSessionRepository } from '../access/auth-session.repository';
import { Invitations } from '../people/invitations';
import { LoginFailureRepository } from '../access/login-failure.repository';
import { PasswordChanges } from '../access/password-changes';
import { PasswordHasher } from '../access/password-hasher';
import type { SignedInPerson } from '../access/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import {
  auditView,
  ChangeOwnPasswordDto,
  CreatePersonDto,
  PeopleQueryDto,
  toCurrentPerson,
  toPersonSummary,
  UpdateProfileDto,
} from './people.dto';
import type { PersonEntity } from './person.entity';
import { PeopleRepository } from './people.repository';
import { problem } from '../common/api-problem';

const ROLE_ORDER: Role[] = ['trainee', 'trainer', 'coordinator', 'admin', 'focal_person'];

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

@Injectable()
export class PeopleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly sessions: AuthSessionRepository,
    private readonly failures: LoginFailureRepository,
    private readonly hasher: PasswordHasher,
    private readonly passwordChanges: PasswordChanges,
    private readonly audit: AuditService,
    private readonly invitations: Invitations,
  ) {}

  get registrationOpen(): boolean {
    return this.config.registrationOpen;
  }

  async currentPerson(id: string): Promise<CurrentPerson> {
    return toCurrentPerson(await this.get(id));
  }

  async create(actor: SignedInPerson, request: CreatePersonDto): Promise<PersonSummary> {
    if (request.organisationId) await this.requireOrganisation(request.organisationId);
    requireOrganisationOfFocalPerson(request.roles, request.organisationId ?? null);
    const person = this.people.create({
      fullName: request.fullName,
      email: request.email,
      passwordHash: await this.hasher.hash(request.password),
      roles: sortRoles(request.roles),
      language: request.language ?? 'en',
      gender: request.gender ?? 'undeclared',
      organisationId: request.organisationId ?? null,
    });
    const saved = await this.db.transaction(async (manager) => {
      const inserted = await this.insert(person, manager);
      await this.audit.record(
        {
          actor: { id: actor.id, fullName: actor.fullName },
          action: 'person.created',
          subjectType: 'person',
          subjectId: inserted.id,
          subjectLabel: inserted.fullName,
          before: null,
          after: auditView(inserted),
        },
        manager,
      );
      await this.invitations.invite(manager, inserted);
      return inserted;
    });
    return toPersonSummary(await this.get(saved.id));
  }

  /** Mails a new invitation link (older unused links keep working until they expire or one is used). */
  async resendInvitation(actor: SignedInPerson, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const person = await this.lockOrFail(id, manager);
      if (person.disabled)
        throw new ConflictException(
          problem('people.disabledNoInvitation', 'This account is disabled: enable it before inviting again'),
        );
      await this.invitations.invite(manager, person);
      await this.audit.record(
        {
          actor: actorOf(actor),
          action: 'person.invited',
          subjectType: 'person',
          subjectId: person.id,
          subjectLabel: person.fullName,
          before: null,
          after: null,
        },
        manager,
      );
    });
  }

  async list(query: PeopleQueryDto): Promise<Page<PersonSummary>> {
    const [rows, total] = await this.people.search(query);
    return { items: rows.map(toPersonSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async getDetail(id: string): Promise<PersonDetail> {
    const person = await this.get(id);
    const { loginWindowMinutes, loginMaxFailuresPerAccount } = this.config;
    const lockedUntil = await this.failures.lockedUntil(
      person.email,
      loginWindowMinutes,
      loginMaxFailuresPerAccount,
    );
    return { ...toPersonSummary(person), signInLockedUntil: lockedUntil?.toISOString() ?? null };
  }

  /**
   * Lets a person throttled after failed sign-ins try again at once (the failures from every
   * address are forgotten); audited when there was anything to lift.
   */
  async unlockSignIn(actor: SignedInPerson, id: string): Promise<PersonDetail> {
    await this.db.transaction(async (manager) => {
      const person = await this.lockOrFail(id, manager);
      const lifted = await this.failures.clearAccount(person.email, manager);
      if (lifted === 0) return;
      await this.audit.record(
        {
          actor: actorOf(actor),
          action: 'person.sign_in_unlocked',
          subjectType: 'person',
          subjectId: id,
          subjectLabel: person.fullName,
          before: { failedSignIns: lifted },
          after: { failedSignIns: 0 },
        },
        manager,
      );
    });
    return this.getDetail(id);
  }

  /** Nobody can change their own roles, so no one can grant themselves more. */
  async changeRoles(actor: SignedInPerson, id: string, roles: Role[]): Promise<PersonDetail> {
    if (actor.id === id)
      throw new ForbiddenException(
        problem('people.ownRoles', 'You cannot change your own roles; ask another administrator.'),
      );
    await this.db.transaction(async (manager) => {
      const person = await this.lockOrFail(id, manager);
      requireOrganisationOfFocalPerson(roles, person.organisationId);
      const before = auditView(person);
      person.roles = sortRoles(roles);
      await this.people.save(person, manager);
      await this.audit.record(
        {
          actor: actorOf(actor),
          action: 'person.roles_changed',
          subjectType: 'person',
          subjectId: id,
          subjectLabel: person.fullName,
          before: { roles: before['roles'] },
          after: { roles: person.roles },
        },
        manager,
      );
    });
    return this.getDetail(id);
  }

  async setDisabled(actor: SignedInPerson, id: string, disabled: boolean): Promise<PersonDetail> {
    if (actor.id === id && disabled)
      throw new ForbiddenException(problem('people.disableSelf', 'You cannot disable your own account.'));
    await this.db.transaction(async (manager) => {
      const person = await this.lockOrFail(id, manager);
      if (person.disabled === disabled) return;
      person.disabled = disabled;
      await this.people.save(person, manager);
      await this.audit.record(
        {
          actor: actorOf(actor),
          action: disabled ? 'person.disabled' : 'person.enabled',
          subjectType: 'person',
          subjectId: id,
          subjectLabel: person.fullName,
          before: { disabled: !disabled },
          after: { disabled },
        },
        manager,
      );
    });
    if (disabled) await this.sessions.deleteAllOf(id);
    return this.getDetail(id);
  }

  /** An administrator sets a new password; the person's open sessions and mailed reset links end. */
  async setPassword(actor: SignedInPerson, id: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    await this.db.transaction(async (manager) => {
      const person = await this.lockOrFail(id, manager);
      person.passwordHash = passwordHash;
      await this.people.save(person, manager);
      await this.passwordChanges.applied(manager, person, actor.id === id ? actor.signInId : undefined);
      await this.audit.record(
        {
          actor: actorOf(actor),
          action: 'person.password_set',
          subjectType: 'person',
          subjectId: id,
          subjectLabel: person.fullName,
          before: null,
          after: null,
        },
        manager,
      );
    });
  }

  async updateProfile(caller: SignedInPerson, request: UpdateProfileDto): Promise<CurrentPerson> {
    if (request.organisationId) await this.requireOrganisation(request.organisationId);
    const person = await this.get(caller.id);
    if (
      person.roles.includes('focal_person') &&
      request.organisationId !== undefined &&
      request.organisationId !== person.organisationId
    ) {
      // The role speaks for one organisation; moving would carry it to another one's profile.
      throw new ConflictException(
        problem(
          'profile.focalPersonOrganisationFixed',
          'organisationId: a focal person cannot change their organisation; ask a coordinator',
          undefined,
          [{ field: 'organisationId', reason: 'a focal person cannot change their organisation' }],
        ),
      );
    }
    if (request.fullName !== undefined) person.fullName = request.fullName;
    if (request.language !== undefined) person.language = request.language;
    if (request.gender !== undefined) person.gender = request.gender;
    if (request.organisationId !== undefined) person.organisationId = request.organisationId;
    delete person.organisation;
    await this.people.save(person);
    return this.currentPerson(caller.id);
  }

  /**
   * Changing one's own password needs the current one; it ends the person's other sessions and
   * uses up reset links mailed for the old password.
   */
  async changeOwnPassword(caller: SignedInPerson, request: ChangeOwnPasswordDto): Promise<void> {
    const person = await this.get(caller.id);
    if (!(await this.hasher.verify(person.passwordHash, request.currentPassword))) {
      throw new BadRequestException(
        problem(
          'profile.wrongCurrentPassword',
          'currentPassword: the current password is not correct',
          undefined,
          [{ field: 'currentPassword', reason: 'the current password is not correct' }],
        ),
      );
    }
    const passwordHash = await this.hasher.hash(request.newPassword);
    await this.db.transaction(async (manager) => {
      const locked = await this.lockOrFail(caller.id, manager);
      locked.passwordHash = passwordHash;
      await this.people.save(locked, manager);
      await this.passwordChanges.applied(manager, locked, caller.signInId);
    });
  }

  private async get(id: string): Promise<PersonEntity> {
    const person = await this.people.findById(id);
    if (!person) throw new NotFoundException('No person with this id');
    return person;
  }

  private async lockOrFail(id: string, manager: import('typeorm').EntityManager): Promise<PersonEntity> {
    const person = await this.people.findByIdForUpdate(id, manager);
    if (!person) throw new NotFoundException('No person with this id');
    return person;
  }

  private async requireOrganisation(id: string): Promise<void> {
    if (!(await this.organisations.exists(id))) {
      throw new UnprocessableEntityException({
        message: 'organisationId: no organisation with this id',
        details: [{ field: 'organisationId', reason: 'no organisation with this id' }],
      });
    }
  }

  private async insert(
    person: PersonEntity,
    manager?: import('typeorm').EntityManager,
  ): Promise<PersonEntity> {
    try {
      return await this.people.save(person, manager);
    } catch (error) {
      // The unique index on email is the authority: two registrations racing for one address.
      if (isUniqueViolation(error)) {
        throw new ConflictException({
          message: 'email: an account with this email already exists',
          details: [{ field: 'email', reason: 'an account with this email already exists' }],
        });
      }
      throw error;
    }
  }
}

/** A focal person speaks for one organisation, so the role needs the person to belong to one. */
function requireOrganisationOfFocalPerson(roles: Role[], organisationId: string | null): void {
  if (roles.includes('focal_person') && !organisationId) {
    throw new UnprocessableEntityException(
      problem(
        'people.focalPersonNeedsOrganisation',
        'roles: a focal person must belong to an organisation',
        undefined,
        [{ field: 'roles', reason: 'a focal person must belong to an organisation' }],
      ),
    );
  }
}

function sortRoles(roles: Role[]): Role[] {
  return ROLE_ORDER.filter((role) => roles.includes(role));
}

function actorOf(actor: SignedInPerson): { id: string; fullName: string } {
  return { id: actor.id, fullName: actor.fullName };
}
