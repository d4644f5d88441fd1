import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { MIGRATIONS } from '../src/migrations';
import { createDatabase, databaseUrlWithName, dropDatabase } from './support/test-database';

describe('migrations', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource(
      dataSourceOptions(process.env['TEST_DATABASE_URL'] as string, ENTITIES, MIGRATIONS),
    ).initialize();
  });
  afterAll(() => db.destroy());

  it('leave nothing for the entities to change: the schema and the entities agree', async () => {
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are all applied', async () => {
    expect(await db.showMigrations()).toBe(false);
  });
});

// On a database of its own: undoing every migration would take the tables from under the other specs.
describe('every migration', () => {
  const server = process.env['TEST_DATABASE_URL'] as string;
  const name = `atolye_down_up_${Date.now()}_${process.pid}`;
  let db: DataSource;
  beforeAll(async () => {
    await createDatabase(server, name);
    db = await new DataSource(
      dataSourceOptions(databaseUrlWithName(server, name), ENTITIES, MIGRATIONS),
    ).initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await dropDatabase(server, name);
  });

  it('goes down, newest first, to an empty schema, and up again to the schema the entities expect', async () => {
    const all = await db.runMigrations({ transaction: 'each' });
    expect(all.length).toBe(db.migrations.length);

    for (let i = 0; i < all.length; i++) await db.undoLastMigration({ transaction: 'each' });
    const applied = await db.query(`SELECT count(*)::int AS n FROM migrations`);
    expect(applied[0].n).toBe(0);
    const tables = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
    const types = await db.query(
      `SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')`,
    );
    expect(types).toEqual([]);
    const functions = await db.query(
      `SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`,
    );
    expect(functions).toEqual([]);

    expect((await db.runMigrations({ transaction: 'each' })).length).toBe(all.length);
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  }, 120_000);
});
