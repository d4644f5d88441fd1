import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX } from '@atolye/shared';

/**
 * Serves the built portal at `/`: files as they are (hashed names cached for a year) and
 * `index.html` for every other page address, so deep links work. `/api` is left to Nest.
 */
export function servePortal(app: NestExpressApplication, portalDir: string): void {
  const logger = new Logger('Portal');
  const index = join(portalDir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`No built portal in ${portalDir}; serving the API only`);
    return;
  }
  const isApi = (path: string) => path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);
  app.useStaticAssets(portalDir, {
    index: false,
    setHeaders: (response, path) => {
      const hashed = /\.[0-9a-z]{8,}\.(js|css|woff2?)$/i.test(path);
      response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || isApi(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
