import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { AppLogger } from './lifecycle/app-logger';
import { gracefulShutdown, shutDownOnSignals } from './lifecycle/graceful-shutdown';
import { prepareDatabase } from './lifecycle/prepare-database';
import { startSummary } from './lifecycle/start-summary';

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

  const appLogger = new AppLogger(config);
  Logger.overrideLogger(appLogger);
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: appLogger,
  });
  configureApp(app, config);
  // Not Nest's shutdown hooks: they would close the pool under requests still being answered.
  shutDownOnSignals(gracefulShutdown(app, config.shutdownGraceSeconds), async () => embedded?.stop());
  const started = await prepareDatabase(app, config);
  if (config.production && config.registrationOpen && !config.smtpUrl)
    logger.warn(
      'Self-registration is open but SMTP_URL is not set: no mail can confirm an address, so new accounts open unconfirmed',
    );

  await app.listen(config.port);
  logger.log(startSummary(config, started));
}

bootstrap().catch((error: unknown) => {
  new Logger('Atölye').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
