import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const PORT = Number(process.env['EMBEDDED_PG_PORT'] ?? 54349) + 1;
const REPOSITORY = join(__dirname, '../..');

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The embedded PostgreSQL started as `npm start` starts it, in a process of its own (the package
 * is an ES module, which Jest's module system does not load), so a spec can kill that process.
 */
async function starter(dataDir: string): Promise<{ process: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      'backend/test/support/embedded-starter.ts',
      dataDir,
      String(PORT),
    ],
    { cwd: REPOSITORY, env: { ...process.env, TS_NODE_PROJECT: 'backend/tsconfig.spec.json' } },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const ready = /READY (\S+)/.exec(chunk.toString());
      if (ready) resolve(ready[1]);
    });
    child.once('exit', (code) => reject(new Error(`the starter exited with ${code}: ${errors}`)));
  });
  child.removeAllListeners('exit');
  return { process: child, url };
}

async function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

describe('the embedded PostgreSQL', () => {
  const folders: string[] = [];
  const children: ChildProcess[] = [];
  const newFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'atolye-embedded-'));
    folders.push(folder);
    return folder;
  };
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) await stopped(child, 'SIGTERM');
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('is started again when it dies while the API runs', async () => {
    const dataDir = newFolder();
    const api = await starter(dataDir);
    children.push(api.process);
    const first = postmasterPid(dataDir);
    process.kill(first, 'SIGKILL');
    let back = false;
    for (let i = 0; i < 120 && !back; i++) {
      await new Promise((r) => setTimeout(r, 250));
      back = postmasterPid(dataDir) !== first && (await answers(api.url));
    }
    expect(back).toBe(true);
    await stopped(api.process, 'SIGTERM');
  }, 60_000);

  it('is left stopped when it was shut down on purpose (a clean exit), as when the API itself stops', async () => {
    const dataDir = newFolder();
    const api = await starter(dataDir);
    children.push(api.process);
    const pid = postmasterPid(dataDir);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 40 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 3000));
    expect(await answers(api.url)).toBe(false);
    await stopped(api.process, 'SIGTERM');
  }, 60_000);

  it('starts after the API was killed with SIGKILL, stopping the server that process left running', async () => {
    const dataDir = newFolder();
    const killed = await starter(dataDir);
    await stopped(killed.process, 'SIGKILL');
    const left = postmasterPid(dataDir);
    expect(alive(left)).toBe(true);
    const next = await starter(dataDir);
    children.push(next.process);
    expect(alive(left)).toBe(false);
    expect(await answers(next.url)).toBe(true);
    await stopped(next.process, 'SIGTERM');
  }, 90_000);
});
