import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { ADVISORY_LOCKS, withAdvisoryLock } from '../database/advisory-lock';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { runMigrations } from '../database/migrate';
import { ContentPublishModule } from './content-publish.module';
import { ContentPublisher } from '../content/content-publisher.service';
import { publishContent } from '../content/publish-content';

/**
 * `npm run content:publish`: publishes content/ into DATABASE_URL (or the embedded database).
 * Exits 1 when a module is invalid or a published version would change.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  Logger.overrideLogger(['error', 'warn', 'log']);
  const url =
    config.databaseUrl ?? (await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort)).url;
  const app = await NestFactory.createApplicationContext(ContentPublishModule.forRoot(config, url), {
    logger: ['error', 'warn'],
  });
  try {
    await runMigrations(app.get(DataSource));
    // Under the start-up lock: an instance starting now would publish the same versions.
    const report = await withAdvisoryLock(url, ADVISORY_LOCKS.startup, 'publishing content', () =>
      publishContent(app.get(ContentPublisher), config.contentDir),
    );
    new Logger('Content').log(
      `published: ${report.published.join(', ') || 'none'}; unchanged: ${report.unchanged.length}`,
    );
    if (report.refused.length > 0 || report.problems.length > 0) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  new Logger('Content').error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
