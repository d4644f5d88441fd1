import { AuthSessionEntity } from './auth-session.entity';
import { LoginFailureEntity } from './login-failure.entity';
import { PasswordResetRequestEntity } from './password-reset-request.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { RateLimitEntity } from './rate-limit.entity';

/** The tables access owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const ACCESS_ENTITIES = [
  AuthSessionEntity,
  LoginFailureEntity,
  PasswordResetTokenEntity,
  PasswordResetRequestEntity,
  RateLimitEntity,
];
