import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** Applies pending migrations, each in its own transaction. */
export async function runMigrations(dataSource: DataSource): Promise<void> {
  const logger = new Logger('Migrations');
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) logger.log(`Applied ${applied.map((m) => m.name).join(', ')}`);
  else logger.log('Schema is up to date');
}
