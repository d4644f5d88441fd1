import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX } from '@atolye/shared';
import { portalCacheControl } from './portal-cache-control';

/** Security headers that only a document obeys. */
const DOCUMENT_ONLY_HEADERS = [
  'Content-Security-Policy',
  'Cross-Origin-Opener-Policy',
  'Origin-Agent-Cluster',
  'X-DNS-Prefetch-Control',
  'X-Download-Options',
  'X-Frame-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-XSS-Protection',
];

/**
 * Serves the built portal at `/`: its files as they are, or the brotli or gzip copy made at build
 * time (tools/precompress.mjs) when the browser takes it, and `index.html` for every other page
 * address, so deep links work. `/api` never reaches the file handler: it is left to Nest at once.
 */
export function servePortal(app: NestExpressApplication, portalDir: string): void {
  const logger = new Logger('Portal');
  if (!existsSync(join(portalDir, 'index.html'))) {
    logger.warn(`No built portal in ${portalDir}; serving the API only`);
    return;
  }
  const isApi = (path: string) => path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);
  const files = expressStaticGzip(portalDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      cacheControl: false,
      // Hashed files never change and the others are revalidated by their ETag.
      lastModified: false,
      setHeaders: (response, path) => {
        response.setHeader('Cache-Control', portalCacheControl(path));
        // The content security policy and the other headers that govern documents (framing,
        // opener, old XSS filters, DNS prefetching, downloads, Flash policies, agent clusters)
        // are only bytes sent again with every script, style and translation of a first visit.
        // Such files keep nosniff, HSTS, CORP and the referrer policy.
        if (!/\.html(\.br|\.gz)?$/.test(path))
          for (const name of DOCUMENT_ONLY_HEADERS) response.removeHeader(name);
      },
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isApi(request.path)) return next();
    files(request, response, (error?: unknown) => {
      if (error || request.method !== 'GET' || !request.accepts('html')) return next(error);
      request.url = '/index.html';
      files(request, response, next);
    });
  });
}
