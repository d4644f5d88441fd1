import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailNotifications } from '../mail/mail-notifications.service';
import type { Recipient } from '../mail/mail.repository';
import { PasswordResetRepository } from '../access/password-reset.repository';
import { hashSessionToken, newSessionToken } from '../access/session-token';

/** How long an invitation's link works. */
export const INVITATION_DAYS = 7;

/**
 * Invites a person whose account someone else opened (a coordinator or an administrator, an
 * import, a merged walk-in) to choose a password. The link is a password-reset link that lives
 * longer: single-use, stored only as its hash, and used up with every other link of the person
 * once a password is chosen.
 */
@Injectable()
export class Invitations {
  constructor(
    private readonly resets: PasswordResetRepository,
    private readonly notifications: MailNotifications,
  ) {}

  /** Stores the link and its mail in the caller's transaction: the mail goes out once it commits. */
  async invite(manager: EntityManager, person: Recipient & { id: string }): Promise<void> {
    const token = newSessionToken();
    await this.resets.createToken(manager, person.id, hashSessionToken(token), INVITATION_DAYS * 24 * 60);
    await this.notifications.invitation(manager, person, token, INVITATION_DAYS);
  }
}
