import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { permissionsOf, type CurrentPerson, type SessionState } from '@atolye/shared';
import { RegisterDto } from '../people/people.dto';
import type { PersonEntity } from '../people/person.entity';
import { PeopleService } from '../people/people.service';
import { Public, SignedIn } from './access.decorator';
import { AuthSettingsDto, SignInDto } from './auth.dto';
import { AuthService } from './auth.service';
import { SessionCookie } from './session-cookie';
import { Caller, type RequestWithPerson, type SignedInPerson } from './signed-in-person';
import { SignInGuard } from './sign-in.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
    private readonly cookie: SessionCookie,
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
    if (request.person) await this.auth.closeSession(request.person.sessionId);
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
    await this.auth.closeSession(caller.sessionId);
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

  /** Creates a trainee account and signs it in, when self-registration is open. */
  @Post('register')
  @Public()
  async register(
    @Body() body: RegisterDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CurrentPerson> {
    const person = await this.people.register(body);
    const { token, expiresAt } = await this.auth.openSession(person.id);
    this.cookie.set(response, token, expiresAt);
    return person;
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
