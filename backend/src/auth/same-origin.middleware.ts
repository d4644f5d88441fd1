import { ForbiddenException, Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { problem } from '../common/api-problem';

/** Methods that change nothing, so another site may send them (and cannot read the answer). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins the portal is served from: PUBLIC_URL's, and on a laptop (PUBLIC_URL on a loopback
 * name) the same port under the other loopback names, which all reach the same process.
 */
export function portalOrigins(publicUrl: string): Set<string> {
  const url = new URL(publicUrl);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return new Set([url.origin]);
  return new Set(
    LOOPBACK_HOSTS.map((host) => {
      const alias = new URL(url.origin);
      alias.hostname = host;
      return alias.origin;
    }),
  );
}

/** The origin a Referer names, or a value no origin equals when it is not a URL. */
function refererOrigin(referer: string): string {
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

/**
 * Refuses a request that would change something when the browser says it comes from another site:
 * its `Origin` (or, lacking one, its `Referer`) is not the portal's. Browsers send `Origin` with
 * every request that is not a GET or HEAD, so a request with neither header does not come from a
 * page in a browser and cannot ride a visitor's session cookie: API clients, scripts and the
 * tests' HTTP clients are let through on their own credentials.
 */
@Injectable()
export class SameOriginMiddleware implements NestMiddleware {
  private readonly origins: Set<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.origins = portalOrigins(config.publicUrl);
  }

  use(request: Request, _response: Response, next: NextFunction): void {
    if (SAFE_METHODS.has(request.method)) return next();
    const { origin, referer } = request.headers;
    const claimed = origin !== undefined ? origin : referer !== undefined ? refererOrigin(referer) : null;
    if (claimed !== null && !this.origins.has(claimed)) {
      throw new ForbiddenException(
        problem(
          'request.foreignOrigin',
          `This request comes from another site (${origin !== undefined ? 'Origin' : 'Referer'}: ${claimed.slice(0, 200)}); changes are only accepted from the portal's own address`,
        ),
      );
    }
    next();
  }
}
