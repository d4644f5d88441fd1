// Shared pieces of the fault scripts: start the built API the way `npm start` does (its entry
// point, an embedded PostgreSQL in a folder of its own), kill it, reach its database, and report
// each check as PASS or FAIL.
import { apiNodeEnv, apiNodeFlags } from '../tools/api-node-flags.mjs';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const ENTRY = 'dist/backend/backend/src/main.js';

export function startApi({ port, dataDir, pgPort, env = {} }) {
  if (!existsSync(ENTRY)) throw new Error('Build first: npm run build');
  const child = spawn(process.execPath, [...apiNodeFlags(), ENTRY], {
    env: {
      ...apiNodeEnv(),
      DATABASE_URL: '',
      REDIS_URL: '',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    child,
    log: () => log,
    async ready(seconds = 240) {
      for (let i = 0; i < seconds * 4; i++) {
        if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${log}`);
        try {
          if ((await fetch(`${base}/api/health`)).ok) return;
        } catch {
          // not listening yet
        }
        await sleep(250);
      }
      throw new Error(`the API did not become healthy:\n${log}`);
    },
    async kill(signal) {
      child.kill(signal);
      await exited;
    },
  };
}

export const databaseUrl = (pgPort) => `postgres://postgres:atolye-embedded@127.0.0.1:${pgPort}/atolye`;

export async function database(pgPort) {
  const client = new pg.Client({ connectionString: databaseUrl(pgPort) });
  // The server going away under the script is what these scripts cause; say so rather than crash.
  client.on('error', (error) => console.log(`(database connection of the script: ${error.message})`));
  await client.connect();
  return client;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request as the portal sends it: JSON, and its own Origin on every call. */
export async function call(base, method, path, { cookie, body } = {}) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      origin: base,
      ...(cookie ? { cookie } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // a file or an empty answer
  }
  return { status: response.status, headers: response.headers, json, ms: performance.now() - started };
}

export async function signIn(base, email, password = 'atolye-demo-2026') {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email}: ${response.status}`);
  return response.headers.get('set-cookie').split(';')[0];
}

/** A session cookie made in the database, for many people at once (sign-in is slow on purpose). */
export async function sessionCookie(db, personId) {
  const { newSessionToken, hashSessionToken } = require('../dist/backend/backend/src/auth/session-token.js');
  const { SESSION_COOKIE } = require('../dist/backend/libs/shared/src/index.js');
  const token = newSessionToken();
  await db.query(
    `INSERT INTO auth_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
    [hashSessionToken(token), personId],
  );
  return `${SESSION_COOKIE}=${token}`;
}

export function postmasterPid(dataDir) {
  return Number(readFileSync(`${dataDir}/postgres/postmaster.pid`, 'utf8').split('\n')[0]);
}

/** The postmaster and every process it started (the backends). */
export function processTree(pid) {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
      } catch {
        return false; // the process ended meanwhile
      }
    })
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}

const results = [];

export function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Prints the closing line and sets the exit code. */
export function summary() {
  const failed = results.filter((ok) => !ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
