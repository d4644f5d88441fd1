import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { ADVISORY_LOCKS, withAdvisoryLock } from './advisory-lock';
import { dataSourceOptions } from './data-source-options';

/**
 * Applies pending migrations, each in its own transaction, on a connection of their own without
 * the request timeouts: a migration over a large table may rightly run for minutes. Instances
 * starting together take turns: the second finds the schema up to date.
 */
export async function runMigrations(dataSource: DataSource): Promise<void> {
  const { url } = dataSource.options as PostgresConnectionOptions;
  if (!url) return applyMigrations(dataSource, null);
  return withAdvisoryLock(url, ADVISORY_LOCKS.migrations, 'the migrations', () =>
    applyMigrations(dataSource, url),
  );
}

async function applyMigrations(dataSource: DataSource, url: string | null): Promise<void> {
  const logger = new Logger('Migrations');
  const migrator = url
    ? await new DataSource(dataSourceOptions(url, [], dataSource.options.migrations ?? [], null)).initialize()
    : dataSource;
  try {
    const applied = await migrator.runMigrations({ transaction: 'each' });
    if (applied.length === 0) logger.log('Schema is up to date');
    else {
      logger.log(`Applied ${applied.length} migrations, the last ${applied[applied.length - 1].name}`);
      logger.debug(`Applied ${applied.map((m) => m.name).join(', ')}`);
    }
  } finally {
    if (migrator !== dataSource) await migrator.destroy();
  }
}
