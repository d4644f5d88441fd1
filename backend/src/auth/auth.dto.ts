import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import {
  FIELD_LIMITS,
  type AuthSettings,
  type ConfirmRegistrationRequest,
  type RegistrationAccepted,
  type SignInRequest,
} from '@atolye/shared';

export class SignInDto implements SignInRequest {
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(FIELD_LIMITS.emailMax)
  email: string;

  @IsString()
  @MaxLength(FIELD_LIMITS.passwordMax)
  password: string;
}

export class ConfirmRegistrationDto implements ConfirmRegistrationRequest {
  @IsString({ message: 'token must be the code from the confirmation link' })
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token must be the code from the confirmation link' })
  token: string;
}

export class RegistrationAcceptedDto implements RegistrationAccepted {
  message: string;
  confirmationRequired: boolean;
}

export class AuthSettingsDto implements AuthSettings {
  registrationOpen: boolean;
}
