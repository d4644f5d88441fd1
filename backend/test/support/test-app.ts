import type { INestApplication, LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { loadConfig, type AppConfig } from '../../src/config/app-config';

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  config: AppConfig;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/** The whole API as it runs in production, on the run's test database (or another one given). */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  url = process.env['TEST_DATABASE_URL'],
  /** Where the app's log goes (every level); by default only fatal errors are shown. */
  logger?: LoggerService,
): Promise<TestApp> {
  if (!url)
    throw new Error('TEST_DATABASE_URL is not set: run integration specs through jest.integration.config.ts');
  const config: AppConfig = {
    ...loadConfig({}),
    portalDir: '/nonexistent',
    // Generous by default so specs that sign in often are not throttled; throttling specs lower them.
    loginMaxFailuresPerAccount: 1000,
    loginMaxFailuresPerAddress: 1000,
    passwordResetMaxPerAccount: 1000,
    passwordResetMaxPerAddress: 1000,
    registrationMaxPerAccount: 1000,
    registrationMaxPerAddress: 1000,
    // Specs run the notices themselves, at the moment they choose (see notices.int-spec.ts).
    runNotices: false,
    ...overrides,
  };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config, url)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: logger ?? ['fatal'] });
  configureApp(app, config);
  // A real listening port: supertest's per-request ephemeral servers reset under concurrent load.
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    db: app.get(DataSource),
    config,
    http: () => request(baseUrl),
    close: () => app.close(),
  };
}
