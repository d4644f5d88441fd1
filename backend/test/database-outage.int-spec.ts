import { createPerson, signIn } from './support/factories';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';
import { createTestApp, type TestApp } from './support/test-app';

/** Waits until the app answers 200 again after the database came back. */
async function recovered(t: TestApp, cookie: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await t.http().get('/api/auth/me').set('Cookie', cookie)).status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the app did not recover');
}

/**
 * The API in front of a database that goes away (stopped: connections refused) or hangs (frozen:
 * nothing answers), through a proxy this spec controls: requests get 503 with Retry-After within
 * the configured timeouts, `/api/health` says so with or without a session cookie, and
 * everything works again once the database is back.
 */
describe('when the database is unreachable', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    proxy = await startTcpProxy(process.env['TEST_DATABASE_URL'] as string);
    t = await createTestApp(
      { databaseConnectTimeoutSeconds: 1, databaseStatementTimeoutSeconds: 2 },
      proxy.url,
    );
    const admin = await createPerson(t.db, { roles: ['admin'] });
    cookie = await signIn(t, admin.email);
  });
  afterAll(async () => {
    await proxy.restore();
    await t.close();
    await proxy.close();
  }, 60_000);

  it('answers 503 with Retry-After and a code while the database is stopped, and recovers', async () => {
    await proxy.cut();
    for (const request of [
      t.http().get('/api/organisations').set('Cookie', cookie),
      t.http().get('/api/auth/me').set('Cookie', cookie),
      t.http().post('/api/auth/sign-in').send({ email: 'someone@test.example', password: 'whatever-it-is' }),
    ]) {
      const response = await request;
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toMatchObject({ statusCode: 503, code: 'serviceUnavailable' });
      expect(response.body.errorId).toBeUndefined();
    }
    await proxy.restore();
    await recovered(t, cookie);
  }, 30_000);

  it('keeps /api/health public and truthful, with or without a session cookie', async () => {
    await t.http().get('/api/health').set('Cookie', cookie).expect(200, { status: 'ok', database: 'up' });
    await proxy.cut();
    for (const withCookie of [false, true]) {
      const request = t.http().get('/api/health');
      const response = await (withCookie ? request.set('Cookie', cookie) : request);
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body.code).toBe('serviceUnavailable');
    }
    await proxy.restore();
    await recovered(t, cookie);
    await t.http().get('/api/health').set('Cookie', cookie).expect(200);
  });

  it('answers 503 within the timeouts while the database hangs, instead of hanging with it', async () => {
    proxy.freeze();
    const started = Date.now();
    const [me, health] = await Promise.all([
      t.http().get('/api/auth/me').set('Cookie', cookie),
      t.http().get('/api/health').set('Cookie', cookie),
    ]);
    expect([me.status, health.status]).toEqual([503, 503]);
    expect(Date.now() - started).toBeLessThan(8000);
    await proxy.restore();
    await recovered(t, cookie);
  }, 30_000);
});
