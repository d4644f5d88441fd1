import {
  BadRequestException,
  ForbiddenException,
  GoneException,
  Inject,
  Injectable,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { RegistrationAccepted } from '@atolye/shared';
import { problem, tooManyRequests } from '../common/api-problem';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailNotifications } from '../mail/mail-notifications.service';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import type { RegisterDto } from '../people/people.dto';
import { PeopleRepository } from '../people/people.repository';
import { AfterResponse } from './after-response';
import { PasswordHasher } from '../access/password-hasher';
import { RegistrationRepository, type PendingRegistration } from './registration.repository';
import { hashSessionToken, newSessionToken } from '../access/session-token';

/** How long a mailed confirmation link works. */
export const CONFIRM_LINK_HOURS = 24;

const CONFIRMATION_MAILED: RegistrationAccepted = {
  message:
    'A link to confirm the address is on its way to it; the account opens when the link is followed. If the address already has an account, its owner is told instead.',
  confirmationRequired: true,
};

const OPENED_IF_NEW: RegistrationAccepted = {
  message:
    'If this address was new, its account is open: sign in with it and the password chosen. If it already had an account, that account is unchanged.',
  confirmationRequired: false,
};

/**
 * Self-registration of trainees. Every well-formed request gets the same answer in the same time,
 * whether or not the address has an account: what differs (a confirmation link for a new address,
 * a note to the owner of a known one) happens after the answer, by mail. The account opens when
 * the link is followed; without SMTP_URL no mail can be delivered, so it opens at once.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly registrations: RegistrationRepository,
    private readonly hasher: PasswordHasher,
    private readonly notifications: MailNotifications,
    private readonly afterResponse: AfterResponse,
  ) {}

  private get confirmationRequired(): boolean {
    return this.config.smtpUrl !== null;
  }

  async register(request: RegisterDto, address: string): Promise<RegistrationAccepted> {
    if (!this.config.registrationOpen) {
      throw new ForbiddenException(
        'Self-registration is closed. Please ask your programme coordinator for an account.',
      );
    }
    if (!(await this.organisations.exists(request.organisationId))) {
      throw new UnprocessableEntityException({
        message: 'organisationId: no organisation with this id',
        details: [{ field: 'organisationId', reason: 'no organisation with this id' }],
      });
    }
    const window = this.config.loginWindowMinutes;
    const claimed = await this.registrations.claimRequest(request.email, address, {
      windowMinutes: window,
      maxPerAccount: this.config.registrationMaxPerAccount,
      maxPerAddress: this.config.registrationMaxPerAddress,
    });
    if (!claimed) {
      throw tooManyRequests(
        'auth.tooManyRegistrations',
        `Too many registrations. Please wait ${window} minutes and try again.`,
        window * 60,
        { minutes: window },
      );
    }
    // Hashed for a known address too, so both answers take as long.
    const registration: PendingRegistration = {
      email: request.email,
      fullName: request.fullName,
      passwordHash: await this.hasher.hash(request.password),
      language: request.language,
      gender: request.gender ?? 'undeclared',
      organisationId: request.organisationId,
    };
    this.afterResponse.run('A registration', () => this.follow(registration));
    return this.confirmationRequired ? CONFIRMATION_MAILED : OPENED_IF_NEW;
  }

  /** Opens the account of a pending registration whose link was followed; the link then stops working. */
  async confirm(token: string): Promise<void> {
    try {
      await this.db.transaction(async (manager) => {
        const pending = await this.registrations.lockPending(manager, hashSessionToken(token));
        if (!pending)
          throw new BadRequestException(
            problem(
              'auth.confirmLinkInvalid',
              'token: this confirmation link is not valid. Register again to get a new one.',
              undefined,
              [{ field: 'token', reason: 'is not a valid confirmation link' }],
            ),
          );
        if (pending.used || pending.expired || (await this.people.findByEmail(pending.email))) {
          throw linkGone(pending.expired && !pending.used ? 'expired' : 'used');
        }
        await this.openAccount(manager, pending);
        await this.registrations.useAllFor(manager, pending.email);
      });
    } catch (error) {
      // Two links of one address followed at once: the unique email lets one account open.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw linkGone('used');
      throw error;
    }
  }

  /** What a registration leads to, once it has been answered. */
  private async follow(registration: PendingRegistration): Promise<void> {
    const existing = await this.people.findByEmail(registration.email);
    await this.db.transaction(async (manager) => {
      if (existing) {
        if (!existing.disabled) await this.notifications.registrationExisting(manager, existing);
      } else if (!this.confirmationRequired) {
        await this.openAccount(manager, registration);
      } else {
        const token = newSessionToken();
        await this.registrations.createPending(
          manager,
          registration,
          hashSessionToken(token),
          CONFIRM_LINK_HOURS,
        );
        await this.notifications.registrationConfirm(manager, registration, token, CONFIRM_LINK_HOURS);
      }
    });
  }

  private async openAccount(
    manager: EntityManager,
    registration: Omit<PendingRegistration, 'organisationId'> & { organisationId: string | null },
  ): Promise<void> {
    await this.people.save(
      this.people.create({
        fullName: registration.fullName,
        email: registration.email,
        passwordHash: registration.passwordHash,
        roles: ['trainee'],
        language: registration.language,
        gender: registration.gender,
        organisationId: registration.organisationId,
      }),
      manager,
    );
  }
}

function linkGone(why: 'used' | 'expired'): GoneException {
  const reason = why === 'used' ? 'was already used' : 'has expired';
  return new GoneException(
    problem(
      why === 'used' ? 'auth.confirmLinkUsed' : 'auth.confirmLinkExpired',
      `token: this confirmation link ${reason}.`,
      undefined,
      [{ field: 'token', reason }],
    ),
  );
}
