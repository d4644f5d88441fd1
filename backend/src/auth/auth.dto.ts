import { IsEmail, IsString, MaxLength } from 'class-validator';
import type { AuthSettings, SignInRequest } from '@atolye/shared';

export class SignInDto implements SignInRequest {
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @IsString()
  @MaxLength(200)
  password: string;
}

export class AuthSettingsDto implements AuthSettings {
  registrationOpen: boolean;
}
