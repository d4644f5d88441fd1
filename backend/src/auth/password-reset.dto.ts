import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import {
  FIELD_LIMITS,
  PASSWORD_MIN_LENGTH,
  type PasswordResetAccepted,
  type PasswordResetConfirmRequest,
  type PasswordResetRequest,
} from '@atolye/shared';

const lower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class PasswordResetRequestDto implements PasswordResetRequest {
  @Transform(lower)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(FIELD_LIMITS.emailMax)
  email: string;
}

export class PasswordResetConfirmDto implements PasswordResetConfirmRequest {
  @IsString({ message: 'token must be the code from the reset link' })
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token must be the code from the reset link' })
  token: string;

  /** The same rule as at registration. */
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  })
  @MaxLength(FIELD_LIMITS.passwordMax)
  password: string;
}

export class PasswordResetAcceptedDto implements PasswordResetAccepted {
  message: string;
}
