import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/demo-data';
import { createDatabase, databaseUrlWithName, dropDatabase } from './support/test-database';

const ROOT = resolve(__dirname, '../..');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The demo accounts holding exactly this role. */
const count = (role: string) => DEMO_ACCOUNTS.filter((a) => a.roles.join(', ') === role).length;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

interface Api {
  child: ChildProcess;
  port: number;
  /** Everything written to stdout and stderr so far. */
  output: () => string;
}

/** An entry point run from its sources, as `node dist/…` runs it built; its output gathered. */
function run(entry: string, args: string[], env: Record<string, string>): Omit<Api, 'port'> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry, ...args],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        TS_NODE_PROJECT: 'backend/tsconfig.spec.json',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { child, output: () => output };
}

/** The API's entry point (`main.ts`) as `npm start` runs it, on a database of its own. */
async function startApi(databaseUrl: string, env: Record<string, string>, args: string[]): Promise<Api> {
  const port = await freePort();
  const { child, output } = run('backend/src/main.ts', args, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    PORTAL_DIR: '/nonexistent',
    REDIS_URL: '',
    ...env,
  });
  for (let i = 0; i < 360; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output()}`);
    if (output().includes('Atölye is running')) {
      await sleep(300);
      return { child, port, output };
    }
    await sleep(500);
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not start:\n${output()}`);
}

async function stop(api: Omit<Api, 'port'> | undefined): Promise<void> {
  if (!api || api.child.exitCode !== null) return;
  const exited = new Promise((done) => api.child.once('exit', done));
  api.child.kill('SIGTERM');
  await exited;
}

// Each start gets a database of its own: the demo accounts would change what other specs count.
describe('the start output', () => {
  const server = process.env['TEST_DATABASE_URL'] as string;
  const names: string[] = [];
  const apis: Api[] = [];

  async function freshDatabase(): Promise<string> {
    const name = `atolye_start_${Date.now()}_${process.pid}_${names.length}`;
    names.push(name);
    await createDatabase(server, name);
    return databaseUrlWithName(server, name);
  }

  afterAll(async () => {
    for (const api of apis) await stop(api);
    for (const name of names) await dropDatabase(server, name);
  });

  it('of `npm start` is short and ends with the address, the demo accounts and the verification links', async () => {
    const api = await startApi(await freshDatabase(), { LOG_LEVEL: 'log' }, ['--demo']);
    apis.push(api);
    const lines = api.output().trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(25);
    expect(api.output()).not.toMatch(/Mapped \{|dependencies initialized|successfully started/);

    const block = lines.slice(lines.findIndex((l) => l.includes('Atölye is running')));
    expect(block[1]).toBe(`  portal  http://localhost:${api.port}/`);
    expect(block[4]).toBe(`Demo accounts, all with the password ${DEMO_PASSWORD} (README: Demo accounts):`);
    // The five of the README's table, one of each kind; the trainers and trainees after the first counted.
    expect(block.slice(5, 10)).toEqual([
      '  admin                  admin@atolye.example',
      '  coordinator            coordinator@atolye.example',
      `  trainer                trainer@atolye.example  and ${count('trainer') - 1} more`,
      '  trainee, focal_person  focal@atolye.example',
      `  trainee                trainee@atolye.example  and ${count('trainee') - 1} more`,
    ]);
    expect(block).toContain('Demo certificates, verifiable by anyone:');
    const links = block.slice(block.indexOf('Demo certificates, verifiable by anyone:') + 1);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^  http://localhost:${api.port}/\\S+$`));
  }, 240_000);

  it('at LOG_LEVEL=debug still lists the routes', async () => {
    const api = await startApi(await freshDatabase(), { LOG_LEVEL: 'debug' }, []);
    apis.push(api);
    expect(api.output()).toMatch(/Mapped \{\/api\/health, GET\} route/);
    await stop(api);
  }, 240_000);

  it('with LOG_FORMAT=json is one JSON object a line, and an error id from a response is in the log', async () => {
    const databaseUrl = await freshDatabase();
    const api = await startApi(databaseUrl, { LOG_FORMAT: 'json', LOG_LEVEL: 'log' }, []);
    apis.push(api);

    // A table gone under the running API: the next sign-in fails on our side with an error id.
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('ALTER TABLE people RENAME TO people_away');
    await client.end();
    const response = await fetch(`http://127.0.0.1:${api.port}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'someone@example.org', password: 'a-password-of-some-length' }),
    });
    expect(response.status).toBe(500);
    const { errorId } = (await response.json()) as { errorId: string };
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    await sleep(300);
    await stop(api);

    const entries = api
      .output()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: string; message: string; context?: string });
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.some((e) => e.message.startsWith('Atölye is running'))).toBe(true);
    expect(entries.find((e) => e.message.includes(errorId))).toMatchObject({ level: 'error' });
  }, 240_000);
});

describe('the worker', () => {
  const redisUrl = process.env['REDIS_URL'];
  const workerIt = redisUrl ? it : it.skip;

  /** Starts `worker.ts` on the run's database, waits until it has started, and stops it. */
  async function workerOutput(env: Record<string, string>): Promise<string> {
    const worker = run('backend/src/worker.ts', [], {
      DATABASE_URL: process.env['TEST_DATABASE_URL'] as string,
      REDIS_URL: redisUrl as string,
      RUN_NOTICES: 'false',
      ...env,
    });
    // At `warn` a worker says nothing when all is well: give it 15 s, several times what a start takes here.
    for (let i = 0; i < 240 && !/Working the certificate and mail queues/.test(worker.output()); i++) {
      if (worker.child.exitCode !== null) throw new Error(`the worker exited:\n${worker.output()}`);
      if (env['LOG_LEVEL'] === 'warn' && i >= 30) break;
      await sleep(500);
    }
    await stop(worker);
    return worker.output();
  }

  workerIt(
    'honours LOG_LEVEL and LOG_FORMAT',
    async () => {
      const quiet = await workerOutput({ LOG_LEVEL: 'warn' });
      expect(quiet).not.toMatch(/Working the certificate and mail queues|dependencies initialized/);

      const json = await workerOutput({ LOG_LEVEL: 'log', LOG_FORMAT: 'json' });
      const entries = json
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { level: string; message: string });
      expect(entries).toContainEqual(
        expect.objectContaining({ level: 'log', message: 'Working the certificate and mail queues' }),
      );
      expect(json).not.toMatch(/dependencies initialized/);
    },
    120_000,
  );
});
