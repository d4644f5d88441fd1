import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { PersonEntity } from '../people/person.entity';
import { AuthService } from './auth.service';

/** Email and password sign-in through passport-local. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: Request, email: string, password: string): Promise<PersonEntity> {
    return this.auth.verifyCredentials(email, password, request.ip ?? 'unknown');
  }
}
