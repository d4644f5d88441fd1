import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { gracefulShutdown } from '../src/lifecycle/graceful-shutdown';
import { createPerson, sessionCookieFor, signIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The API's own entry point (`main.ts`) in a process of its own, on the run's test database. */
async function startApi(port: number): Promise<{ process: ChildProcess; exited: Promise<number | null> }> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'backend/src/main.ts'],
    {
      env: {
        ...process.env,
        TS_NODE_PROJECT: 'backend/tsconfig.spec.json',
        DATABASE_URL: process.env['TEST_DATABASE_URL'],
        PORT: String(port),
        PORTAL_DIR: '/nonexistent',
        LOG_LEVEL: 'warn',
        SEED_DEMO_DATA: 'false',
        SHUTDOWN_GRACE_SECONDS: '20',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { process: child, exited };
    await sleep(500);
  }
  child.kill('SIGKILL');
  throw new Error('the API did not start');
}

/**
 * A rolling restart: SIGTERM arrives while requests are being answered. The requests below are
 * held inside their first database statement (the session check waits on a table lock this spec
 * takes), so each still has a second statement to run when the shutdown begins.
 */
describe('graceful shutdown', () => {
  let t: TestApp;
  let blocker: Client;

  beforeAll(async () => {
    t = await createTestApp();
    blocker = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker.end();
    await t.close();
  });

  it('on SIGTERM answers every request in flight, refuses new connections, then exits 0', async () => {
    const port = await freePort();
    const api = await startApi(port);
    const base = `http://127.0.0.1:${port}`;
    const admin = await createPerson(t.db, { roles: ['admin'] });
    const cookie = await sessionCookieFor(t.db, admin.id);
    expect((await fetch(`${base}/api/organisations?page=1`, { headers: { cookie } })).status).toBe(200);

    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE auth_sessions IN ACCESS EXCLUSIVE MODE');
    const inFlight = Array.from({ length: 12 }, () =>
      fetch(`${base}/api/organisations?page=1`, { headers: { cookie } }).then(
        async (response) => ({ status: response.status, body: await response.text() }),
        (error: unknown) => ({ status: 0, body: String(error) }),
      ),
    );
    // Beside them, clients sending one request after another on keep-alive connections, until
    // their next connection is refused: each answer is a 200 or a refusal, never a reset.
    const outcomes: string[] = [];
    const loop = async () => {
      for (;;) {
        const outcome = await fetch(`${base}/api/health`).then(
          async (response) => String((await response.text()) && response.status),
          (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
        );
        outcomes.push(outcome);
        if (outcome !== '200') return;
      }
    };
    const loops = Array.from({ length: 4 }, loop);
    await sleep(1000);

    api.process.kill('SIGTERM');
    await sleep(500);
    // The listening socket is closed: a proxy takes the next request elsewhere.
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
    expect(api.process.exitCode).toBeNull();

    await blocker.query('COMMIT');
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    for (const answer of answers) expect(JSON.parse(answer.body)).toHaveProperty('items');
    await Promise.all(loops);
    expect(outcomes.filter((o) => o !== '200' && o !== 'ECONNREFUSED')).toEqual([]);
    expect(outcomes.filter((o) => o === 'ECONNREFUSED')).toHaveLength(4);
    expect(await api.exited).toBe(0);
  }, 180_000);

  it('cuts off a request that outlasts the grace period, then closes the pool', async () => {
    const other = await createTestApp();
    const otherBase = (await other.app.getUrl()).replace('[::1]', '127.0.0.1');
    const admin = await createPerson(other.db, { roles: ['admin'] });
    const cookie = await signIn(other, admin.email);
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE auth_sessions IN ACCESS EXCLUSIVE MODE');
    const stuck = fetch(`${otherBase}/api/organisations?page=1`, { headers: { cookie } }).then(
      (response) => response.status,
      () => 'cut off',
    );
    await sleep(300);
    const started = Date.now();
    const closing = gracefulShutdown(other.app, 1).run('SIGTERM');
    expect(await stuck).toBe('cut off');
    expect(Date.now() - started).toBeLessThan(5_000);
    await blocker.query('COMMIT');
    await closing;
    expect(other.db.isInitialized).toBe(false);
  }, 60_000);
});
