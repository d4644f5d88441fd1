import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { dataSourceOptions } from './data-source-options';

/**
 * Applies pending migrations, each in its own transaction, on a connection of their own without
 * the request timeouts: a migration over a large table may rightly run for minutes.
 */
export async function runMigrations(dataSource: DataSource): Promise<void> {
  const logger = new Logger('Migrations');
  const { url } = dataSource.options as PostgresConnectionOptions;
  const migrator = url ? await new DataSource(dataSourceOptions(url, null)).initialize() : dataSource;
  try {
    const applied = await migrator.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.log(`Applied ${applied.map((m) => m.name).join(', ')}`);
    else logger.log('Schema is up to date');
  } finally {
    if (migrator !== dataSource) await migrator.destroy();
  }
}
