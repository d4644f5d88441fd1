import { Global, Module } from '@nestjs/common';
import { AfterResponse } from './after-response';
import { AuthSessionRepository } from './auth-session.repository';
import { Invitations } from './invitations';
import { LoginFailureRepository } from './login-failure.repository';
import { PasswordChanges } from './password-changes';
import { PasswordHasher } from './password-hasher';
import { PasswordResetRepository } from './password-reset.repository';
import { SessionCookie } from './session-cookie';

/** Sessions, passwords and their consequences, needed both by sign-in and by account management. */
@Global()
@Module({
  providers: [
    AuthSessionRepository,
    LoginFailureRepository,
    PasswordHasher,
    PasswordResetRepository,
    PasswordChanges,
    SessionCookie,
    AfterResponse,
    Invitations,
  ],
  exports: [
    AuthSessionRepository,
    LoginFailureRepository,
    PasswordHasher,
    PasswordResetRepository,
    PasswordChanges,
    SessionCookie,
    AfterResponse,
    Invitations,
  ],
})
export class AuthCoreModule {}
