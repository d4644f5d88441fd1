import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { AppLogger } from './lifecycle/app-logger';

/**
 * A queue worker without HTTP: takes bulk certificate jobs, mails to send and the forwarding of
 * learning records to an LRS from Redis. Run several beside API instances started with
 * RUN_WORKER=false. Needs REDIS_URL and DATABASE_URL.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const appLogger = new AppLogger(config);
  Logger.overrideLogger(appLogger);
  const logger = new Logger('Worker');
  if (!config.redisUrl || !config.databaseUrl) {
    logger.error('The worker needs REDIS_URL and DATABASE_URL');
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, runWorker: true }, config.databaseUrl),
    { logger: appLogger },
  );
  app.enableShutdownHooks();
  logger.log('Working the certificate and mail queues');
}

main().catch((error: unknown) => {
  new Logger('Worker').error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
