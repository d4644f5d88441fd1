import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { permissionsOf, type CurrentPerson, type SessionState } from '@atolye/shared';
import { RegisterDto } from '../people/people.dto';
import type { PersonEntity } from '../people/person.entity';
import { PeopleService } from '../people/people.service';
import { Public, SignedIn } from '../access/access.decorator';
import { AuthSettingsDto, ConfirmRegistrationDto, RegistrationAcceptedDto, SignInDto } from './auth.dto';
import { AuthService } from './auth.service';
import { RegistrationService } from './registration.service';
import { SessionCookie } from './session-cookie';
import { Caller, type RequestWithPerson, type SignedInPerson } from '../access/signed-in-person';
import { SignInGuard } from './sign-in.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
    private readonly cookie: SessionCookie,
    private readonly registration: RegistrationService,
  ) {}

  /**
   * Signs in with email and password; the session is kept in an httpOnly cookie under a token made
   * now (never one the browser brought). A session the browser already held ends.
   */
  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @UseGuards(SignInGuard)
  @ApiBody({ type: SignInDto })
  async signIn(
    @Req() request: RequestWithPerson & { user: PersonEntity },
    @Res({ passthrough: true }) response: Response,
  ): Promise<CurrentPerson> {
    if (request.person) await this.auth.closeSession(request.person.signInId);
    const { token, expiresAt } = await this.auth.openSession(request.user.id);
    this.cookie.set(response, token, expiresAt);
    return this.people.currentPerson(request.user.id);
  }

  @Post('sign-out')
  @HttpCode(204)
  @SignedIn()
  async signOut(
    @Caller() caller: SignedInPerson,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.closeSession(caller.signInId);
    this.cookie.clear(response);
  }

  /** The signed-in person, with roles and permissions, as read by the access check itself. */
  @Get('me')
  @SignedIn()
  me(@Caller() caller: SignedInPerson): CurrentPerson {
    return asCurrentPerson(caller);
  }

  /**
   * Whether anyone is signed in, and who: answered to visitors too (with `person: null`), so a
   * portal opened signed out does not start with a failed request.
   */
  @Get('session')
  @Public()
  session(@Req() request: RequestWithPerson): SessionState {
    return { person: request.person ? asCurrentPerson(request.person) : null };
  }

  /**
   * Registers a trainee, when self-registration is open. The same 202 for a new address (mailed a
   * link that opens the account) and a known one (its owner is told); nobody is signed in.
   */
  @Post('register')
  @HttpCode(202)
  @Public()
  register(@Body() body: RegisterDto, @Req() request: RequestWithPerson): Promise<RegistrationAcceptedDto> {
    return this.registration.register(body, request.ip ?? 'unknown');
  }

  /** Opens the account of a registration from its mailed link; the person then signs in. */
  @Post('register/confirm')
  @HttpCode(204)
  @Public()
  confirmRegistration(@Body() body: ConfirmRegistrationDto): Promise<void> {
    return this.registration.confirm(body.token);
  }

  @Get('settings')
  @Public()
  settings(): AuthSettingsDto {
    return { registrationOpen: this.people.registrationOpen };
  }
}

function asCurrentPerson(caller: SignedInPerson): CurrentPerson {
  return {
    id: caller.id,
    fullName: caller.fullName,
    email: caller.email,
    roles: caller.roles,
    permissions: [...permissionsOf(caller.roles)],
    language: caller.language,
    gender: caller.gender,
    organisation: caller.organisationId
      ? { id: caller.organisationId, name: caller.organisationName ?? '' }
      : null,
  };
}
