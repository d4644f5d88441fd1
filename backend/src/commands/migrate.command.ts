import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';
import { runMigrations } from '../database/migrate';
import { MIGRATIONS } from '../migrations';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
  const dataSource = new DataSource(
    dataSourceOptions(config.databaseUrl ?? (embedded as EmbeddedDatabase).url, [], MIGRATIONS),
  );
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  new Logger('Migrations').error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
