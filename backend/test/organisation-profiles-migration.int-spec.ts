import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { MIGRATIONS } from '../src/migrations';
import { OrganisationProfiles1766100000000 } from '../src/organisations/migrations/1766100000000-organisation-profiles';
import { createDatabase, databaseUrlWithName, dropDatabase } from './support/test-database';

/** The timestamp at the end of a migration's class name. */
const stamp = (migration: { name: string }) => Number(migration.name.match(/\d+$/)?.[0]);

// A database of its own, brought to the schema just before profiles existed.
describe(OrganisationProfiles1766100000000.name, () => {
  const server = process.env['TEST_DATABASE_URL'] as string;
  const name = `atolye_profiles_${Date.now()}_${process.pid}`;
  let db: DataSource;

  beforeAll(async () => {
    await createDatabase(server, name);
    db = new DataSource({
      ...dataSourceOptions(databaseUrlWithName(server, name), ENTITIES, MIGRATIONS),
      migrations: MIGRATIONS.filter((m) => stamp(m) < stamp(OrganisationProfiles1766100000000)),
    });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await db?.destroy();
    await dropDatabase(server, name);
  });

  it('turns free-text thematic areas into codes, keeps the rest in words, and starts work where the office is', async () => {
    await db.query(
      `INSERT INTO organisations (name, name_key, type, country, province, thematic_areas) VALUES
         ('Umut Köprüsü Derneği', 'umut koprusu dernegi', 'cso', 'TR', 'SANLIURFA', ARRAY['Legal aid', 'protection', 'women and girls']),
         ('Brussels Integration Platform', 'brussels integration platform', 'cso', 'BE', 'Brussels-Capital', ARRAY['integration'])`,
    );
    const runner = db.createQueryRunner();
    try {
      await new OrganisationProfiles1766100000000().up(runner);
    } finally {
      await runner.release();
    }
    const rows = await db.query(
      `SELECT name, thematic_areas, thematic_areas_other, work_provinces, work_countries FROM organisations ORDER BY name`,
    );
    expect(rows).toEqual([
      {
        name: 'Brussels Integration Platform',
        thematic_areas: ['local_integration'],
        thematic_areas_other: null,
        work_provinces: [],
        work_countries: ['BE'],
      },
      {
        name: 'Umut Köprüsü Derneği',
        thematic_areas: ['legal_aid', 'protection', 'other'],
        thematic_areas_other: 'women and girls',
        work_provinces: ['TR-63'],
        work_countries: ['TR'],
      },
    ]);
  });
});
