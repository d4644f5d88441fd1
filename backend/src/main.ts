import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { DEMO_PASSWORD } from './demo/demo-data';
import { DemoSeeder } from './demo/demo-seeder';
import { DemoTrainingSeeder } from './demo/demo-training-seeder';
import { DemoFinishedSessionSeeder } from './demo/demo-finished-session-seeder';
import { seedDemoCertificates } from './demo/demo-certificates';
import { CertificatesService } from './certificates/certificates.service';
import { ContentPublisher } from './content/content-publisher.service';
import { AdminAccounts } from './people/admin-accounts.service';
import { publishContent } from './content/publish-content';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

async function bootstrap(): Promise<void> {
  const logger = new Logger('Atölye');
  let config: AppConfig;
  try {
    // `npm start` passes --demo: the laptop demo. A deployment seeds nothing unless told to.
    config = loadConfig(process.env, { demoByDefault: process.argv.includes('--demo') });
  } catch (error) {
    // A wrong setting: say which and stop, before anything starts.
    if (error instanceof ConfigError) {
      logger.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  Logger.overrideLogger(LEVELS[config.logLevel]);
  const databaseUrl =
    config.databaseUrl ?? (await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort)).url;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: LEVELS[config.logLevel],
  });
  configureApp(app, config);
  await runMigrations(app.get(DataSource));
  await publishContent(app.get(ContentPublisher), config.contentDir);

  if (config.production && config.registrationOpen && !config.smtpUrl)
    logger.warn(
      'Self-registration is open but SMTP_URL is not set: no mail can confirm an address, so new accounts open unconfirmed',
    );
  if (config.firstAdmin && (await app.get(AdminAccounts).createIfAbsent(config.firstAdmin)))
    logger.log(
      `First administrator ${config.firstAdmin.email} created (from ADMIN_EMAIL and ADMIN_PASSWORD)`,
    );

  if (config.seedDemoData) {
    const accounts = await app.get(DemoSeeder).seed();
    await app.get(DemoTrainingSeeder).seed();
    await app.get(DemoFinishedSessionSeeder).seed();
    const verifications = await seedDemoCertificates(app.get(DataSource), app.get(CertificatesService));
    const lines = accounts.map(
      (a) => `  ${a.roles.join(', ').padEnd(22)} ${a.email.padEnd(34)} ${DEMO_PASSWORD}`,
    );
    logger.log(`Demo accounts (role, email, password):\n${lines.join('\n')}`);
    if (verifications.length)
      logger.log(
        `Demo certificates, verifiable by anyone:\n${verifications.map((url) => `  ${url}`).join('\n')}`,
      );
  }

  await app.listen(config.port);
  logger.log(
    `Atölye is running: portal http://localhost:${config.port}/  API http://localhost:${config.port}/api  docs http://localhost:${config.port}/api/docs`,
  );
}

bootstrap().catch((error: unknown) => {
  new Logger('Atölye').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
