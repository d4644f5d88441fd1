import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, DEMO_PASSWORD } from '../config/app-config';
import type { PersonEntity } from '../people/person.entity';
import { PeopleRepository } from '../people/people.repository';
import { AuthSessionRepository } from '../access/auth-session.repository';
import { LoginFailureRepository } from '../access/login-failure.repository';
import { PasswordHasher } from '../access/password-hasher';
import { hashSessionToken, newSessionToken } from '../access/session-token';
import { problem, tooManyRequests } from '../common/api-problem';

export const WRONG_CREDENTIALS = 'Email or password is incorrect';

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: PeopleRepository,
    private readonly sessions: AuthSessionRepository,
    private readonly failures: LoginFailureRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /**
   * Checks an email and password. Unknown emails and wrong passwords get the same answer in the
   * same time; too many failures for the account or from the address are refused before checking.
   */
  async verifyCredentials(rawEmail: string, password: string, address: string): Promise<PersonEntity> {
    const email = rawEmail.trim().toLowerCase();
    const { loginWindowMinutes: window } = this.config;
    // Claimed before the (slow) password check, so parallel attempts cannot all pass one old count.
    const attempt = await this.failures.claim(email, address, {
      windowMinutes: window,
      maxPerAccount: this.config.loginMaxFailuresPerAccount,
      maxPerAddress: this.config.loginMaxFailuresPerAddress,
    });
    if (!attempt) {
      throw tooManyRequests(
        'auth.tooManyAttempts',
        `Too many failed sign-in attempts. Please wait ${window} minutes and try again, or reset your password to sign in now.`,
        window * 60,
        { minutes: window },
      );
    }
    const person = await this.people.findByEmail(email);
    // The demo password is published: a production server never takes it, whatever the hash says.
    const published = this.config.production && password === DEMO_PASSWORD;
    const valid = (await this.hasher.verify(person?.passwordHash ?? null, password)) && !published;
    // A wrong password or an unknown email: the claimed attempt stays, counted as a failure.
    if (!person || !valid)
      throw new UnauthorizedException(problem('auth.wrongCredentials', WRONG_CREDENTIALS));
    if (person.disabled) {
      await this.failures.release(attempt);
      throw new ForbiddenException(
        problem(
          'auth.accountDisabled',
          'This account is disabled. Please contact your programme administrator.',
        ),
      );
    }
    await this.failures.clearAccount(email);
    return person;
  }

  /** Opens a session and returns the token for the cookie. */
  async openSession(personId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.sessions.create(personId, hashSessionToken(token), expiresAt);
    return { token, expiresAt };
  }

  closeSession(signInId: string): Promise<void> {
    return this.sessions.delete(signInId);
  }
}
