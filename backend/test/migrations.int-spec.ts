import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';

describe('migrations', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(process.env['TEST_DATABASE_URL'] as string)).initialize();
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
