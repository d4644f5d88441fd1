import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuthSessionRepository } from './auth-session.repository';
import { LoginFailureRepository } from './login-failure.repository';
import { PasswordResetRepository } from './password-reset.repository';

/**
 * What follows every new password, however it was set (a reset link, the person's profile, an
 * administrator, the first-admin command), in the transaction that sets it: links mailed for the
 * old one stop working, the account's sign-in throttle is lifted, and other sessions end.
 */
@Injectable()
export class PasswordChanges {
  constructor(
    private readonly resets: PasswordResetRepository,
    private readonly failures: LoginFailureRepository,
    private readonly sessions: AuthSessionRepository,
  ) {}

  async applied(
    manager: EntityManager,
    person: { id: string; email: string },
    keepSignInId?: string,
  ): Promise<void> {
    await this.resets.useAllOf(manager, person.id);
    await this.failures.clearAccount(person.email, manager);
    await this.sessions.deleteAllOf(person.id, keepSignInId, manager);
  }
}
