import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/demo-data';
import { MIGRATIONS } from '../src/migrations';
import { prepareDatabase } from '../src/lifecycle/prepare-database';
import { createTestApp, type TestApp } from './support/test-app';
import { createDatabase, databaseUrlWithName, dropDatabase } from './support/test-database';

/**
 * Two API instances started together on one fresh database, as replicas are: both run the
 * start-up work (migrations, content, demo data) at once and both come up; afterwards a sign-in
 * made on one is honoured by the other, and sign-in throttling counts failures across both.
 */
describe('two instances on one database', () => {
  const server = process.env['TEST_DATABASE_URL'] as string;
  const name = `atolye_two_${Date.now()}`;
  const url = databaseUrlWithName(server, name);
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    await createDatabase(server, name);
    const overrides = { seedDemoData: true, loginMaxFailuresPerAccount: 3 };
    [a, b] = await Promise.all([createTestApp(overrides, url), createTestApp(overrides, url)]);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropDatabase(server, name);
  }, 60_000);

  it('both start at once on an empty database; the start-up work is done once', async () => {
    await Promise.all([prepareDatabase(a.app, a.config), prepareDatabase(b.app, b.config)]);

    const migrations = await a.db.query<{ name: string }[]>('SELECT name FROM migrations');
    expect(migrations).toHaveLength(MIGRATIONS.length);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    const accounts = await a.db.query<{ email: string }[]>('SELECT email FROM people WHERE email = ANY($1)', [
      DEMO_ACCOUNTS.map((d) => d.email),
    ]);
    expect(accounts.map((p) => p.email).sort()).toEqual(DEMO_ACCOUNTS.map((d) => d.email).sort());
    const [versions] = await a.db.query<{ n: string }[]>('SELECT count(*) AS n FROM module_versions');
    expect(Number(versions.n)).toBeGreaterThan(0);
  }, 180_000);

  it('honours on one instance a sign-in made on the other', async () => {
    const email = DEMO_ACCOUNTS[0].email;
    const response = await a
      .http()
      .post('/api/auth/sign-in')
      .send({ email, password: DEMO_PASSWORD })
      .expect(200);
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0].split(';')[0];
    const me = await b.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.email).toBe(email);
  });

  it('counts failed sign-ins across both instances', async () => {
    const email = DEMO_ACCOUNTS[1].email;
    const fail = (t: TestApp) =>
      t.http().post('/api/auth/sign-in').send({ email, password: 'wrong-password' });
    await fail(a).expect(401);
    await fail(b).expect(401);
    await fail(a).expect(401);
    // The fourth try, right password, on the instance that saw only one failure.
    await b.http().post('/api/auth/sign-in').send({ email, password: DEMO_PASSWORD }).expect(429);
  });
});
