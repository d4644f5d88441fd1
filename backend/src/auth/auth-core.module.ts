import { Global, Module } from '@nestjs/common';
import { AuthSessionRepository } from './auth-session.repository';
import { LoginFailureRepository } from './login-failure.repository';
import { PasswordHasher } from './password-hasher';
import { SessionCookie } from './session-cookie';

/** Sessions and password hashing, needed both by sign-in and by account management. */
@Global()
@Module({
  providers: [AuthSessionRepository, LoginFailureRepository, PasswordHasher, SessionCookie],
  exports: [AuthSessionRepository, LoginFailureRepository, PasswordHasher, SessionCookie],
})
export class AuthCoreModule {}
