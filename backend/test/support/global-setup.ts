import { Logger } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { ENTITIES } from '../../src/entities';
import { MIGRATIONS } from '../../src/migrations';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { createDatabase, databaseUrlWithName, TestDatabaseState } from './test-database';

/**
 * One fresh database per run, with the migrations applied once: on the server in DATABASE_URL,
 * or (on a laptop without PostgreSQL) on an embedded PostgreSQL started for the run.
 */
export default async function globalSetup(): Promise<void> {
  Logger.overrideLogger(['error', 'warn']);
  const name = `atolye_test_${Date.now()}_${process.pid}`;
  let state: TestDatabaseState;
  if (process.env['DATABASE_URL']) {
    const adminUrl = process.env['DATABASE_URL'];
    await createDatabase(adminUrl, name);
    state = { url: databaseUrlWithName(adminUrl, name), adminUrl, name, stopEmbedded: null, dataDir: null };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'atolye-test-'));
    const embedded = await startEmbeddedPostgres(dataDir, Number(process.env['EMBEDDED_PG_PORT'] ?? 54349));
    state = { url: embedded.url, adminUrl: null, name, stopEmbedded: embedded.stop, dataDir };
  }
  const dataSource = new DataSource(dataSourceOptions(state.url, ENTITIES, MIGRATIONS));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  process.env['TEST_DATABASE_URL'] = state.url;
  (globalThis as { __atolyeTestDatabase?: TestDatabaseState }).__atolyeTestDatabase = state;
}
