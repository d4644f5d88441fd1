import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthSessionRepository } from './auth-session.repository';
import { LoginFailureRepository } from './login-failure.repository';
import { PasswordChanges } from './password-changes';
import { PasswordHasher } from './password-hasher';
import { PasswordResetRepository } from './password-reset.repository';
import { RateLimitsRepository } from './rate-limits.repository';

/**
 * Who the caller is and what they may do: the guard in front of every endpoint, the sessions it
 * reads, the credentials that sign-in and account management both change, and the request counts
 * that throttle public endpoints (verification of certificates and credentials).
 */
@Global()
@Module({
  providers: [
    AuthSessionRepository,
    LoginFailureRepository,
    PasswordHasher,
    PasswordResetRepository,
    PasswordChanges,
    RateLimitsRepository,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [
    AuthSessionRepository,
    LoginFailureRepository,
    PasswordHasher,
    PasswordResetRepository,
    PasswordChanges,
    RateLimitsRepository,
  ],
})
export class AccessModule {}
