import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import { AfterResponse } from './after-response';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { RegistrationRepository } from './registration.repository';
import { RegistrationService } from './registration.service';
import { SessionCookie } from './session-cookie';
import { SignInGuard } from './sign-in.guard';

@Module({
  imports: [PassportModule, PeopleModule, OrganisationsModule],
  controllers: [AuthController, PasswordResetController],
  providers: [
    AuthService,
    LocalStrategy,
    SignInGuard,
    PasswordResetService,
    RegistrationService,
    RegistrationRepository,
    SessionCookie,
    AfterResponse,
  ],
})
export class AuthModule {}
