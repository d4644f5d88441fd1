import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { json } from 'express';
import helmet from 'helmet';
import { API_PREFIX } from '@atolye/shared';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { apiValidationPipe } from './common/validation.pipe';
import type { AppConfig } from './config/app-config';
import { servePortal } from './portal/serve-portal';

/** Everything an app needs besides its modules; shared by `main.ts` and the integration tests. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.set('trust proxy', config.trustProxyHops);
  express.disable('x-powered-by');
  // API answers over 1 kB (JSON lists, exports) are compressed as they are sent, brotli when the
  // client takes it; the portal's files come precompressed from the build (serve-portal.ts).
  express.use(`/${API_PREFIX}`, compression({ threshold: 1024 }));
  // Enrolment imports carry a file of up to 1 MB (base64); GIFT conversions two files of up to
  // 512 KB; every other body is small.
  express.use(`/${API_PREFIX}/sessions/:id/imports`, json({ limit: '1500kb' }));
  // GIFT files for a quiz: one per language, each up to GIFT_MAX_FILE_BYTES (512 KB).
  express.use(`/${API_PREFIX}/quiz-files/from-gift`, json({ limit: '1200kb' }));
  // A certificate template: up to seven images (logos, signatures) of up to 300 KB each.
  express.use(`/${API_PREFIX}/trainings/:id/certificate-template`, json({ limit: '3mb' }));
  // A logframe value entered by hand carries its evidence file of up to 2 MB (base64).
  express.use(`/${API_PREFIX}/logframe/indicators/:id/values`, json({ limit: '3mb' }));
  express.useBodyParser('json', { limit: '100kb' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular Material sets inline styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(apiValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());

  // Built on the first request for the API's description, not held by every process from the start.
  const document = () =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Atölye API')
        .setDescription(
          'Trainings, sessions, enrolments, assessments and certificates for civil-society capacity building.',
        )
        .setVersion('1')
        .addCookieAuth('atolye_session')
        .build(),
    );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });

  servePortal(express, config.portalDir);
}
