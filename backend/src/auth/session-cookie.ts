import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { API_PREFIX, SESSION_COOKIE } from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** The session cookie: httpOnly (no script can read it), SameSite=Lax, only sent to the API. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(response: Response, token: string, expiresAt: Date): void {
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: `/${API_PREFIX}`,
      expires: expiresAt,
    });
  }

  clear(response: Response): void {
    response.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: `/${API_PREFIX}`,
    });
  }
}
