import { BadRequestException, ForbiddenException, GoneException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PasswordResetAccepted } from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailNotifications } from '../mail/mail-notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { AfterResponse } from './after-response';
import { PasswordChanges } from '../access/password-changes';
import { PasswordHasher } from '../access/password-hasher';
import { PasswordResetRepository } from '../access/password-reset.repository';
import { hashSessionToken, newSessionToken } from '../access/session-token';
import { problem, tooManyRequests } from '../common/api-problem';

/** How long a mailed reset link works. */
export const RESET_LINK_MINUTES = 60;

/** The one answer to every well-formed request, so it tells nobody whether an account exists. */
export const RESET_ACCEPTED: PasswordResetAccepted = {
  message: 'If an account uses this address, a link to choose a new password is on its way.',
};

@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleRepository,
    private readonly resets: PasswordResetRepository,
    private readonly hasher: PasswordHasher,
    private readonly passwordChanges: PasswordChanges,
    private readonly notifications: MailNotifications,
    private readonly audit: AuditService,
    private readonly afterResponse: AfterResponse,
  ) {}

  /**
   * Mails a single-use link to an enabled account with this email. Unknown and disabled addresses
   * get the same answer and no mail. Counted per email and per address, whether or not it exists.
   * The answer does not wait for the link to be made, so it takes as long for every address.
   */
  async request(email: string, address: string): Promise<PasswordResetAccepted> {
    const window = this.config.loginWindowMinutes;
    const claimed = await this.resets.claimRequest(email, address, {
      windowMinutes: window,
      maxPerAccount: this.config.passwordResetMaxPerAccount,
      maxPerAddress: this.config.passwordResetMaxPerAddress,
    });
    if (!claimed) {
      throw tooManyRequests(
        'auth.tooManyResetRequests',
        `Too many password-reset requests. Please wait ${window} minutes and try again.`,
        window * 60,
        { minutes: window },
      );
    }
    this.afterResponse.run('A password-reset request', () => this.mailLink(email));
    return RESET_ACCEPTED;
  }

  private async mailLink(email: string): Promise<void> {
    const person = await this.people.findByEmail(email);
    if (!person || person.disabled) return;
    const token = newSessionToken();
    await this.db.transaction(async (manager) => {
      await this.resets.createToken(manager, person.id, hashSessionToken(token), RESET_LINK_MINUTES);
      await this.notifications.passwordReset(manager, person, token, RESET_LINK_MINUTES);
    });
  }

  /**
   * Sets the new password, uses up the link (and any other) and signs the person out everywhere. It
   * also lifts a sign-in throttle: the owner of the mailbox is let in even while guessers are kept out.
   */
  async confirm(token: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    await this.db.transaction(async (manager) => {
      const found = await this.resets.lockToken(manager, hashSessionToken(token));
      if (!found)
        throw new BadRequestException(
          problem(
            'auth.resetLinkInvalid',
            'token: this reset link is not valid. Ask for a new one.',
            undefined,
            [{ field: 'token', reason: 'is not a valid reset link' }],
          ),
        );
      if (found.used || found.expired) {
        const reason = found.used ? 'was already used' : 'has expired';
        throw new GoneException(
          problem(
            found.used ? 'auth.resetLinkUsed' : 'auth.resetLinkExpired',
            `token: this reset link ${reason}. Ask for a new one.`,
            undefined,
            [{ field: 'token', reason }],
          ),
        );
      }
      const person = await this.people.findById(found.personId, manager);
      if (!person || person.disabled)
        throw new ForbiddenException(
          problem(
            'auth.accountDisabled',
            'This account is disabled. Please contact your programme administrator.',
          ),
        );
      await this.people.setPasswordHash(manager, person.id, passwordHash);
      await this.passwordChanges.applied(manager, person);
      await this.audit.record(
        {
          actor: { id: person.id, fullName: person.fullName },
          action: 'person.password_reset',
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
}
