// Starts the built Atölye server against a database of its own, for the e2e run and the
// benchmarks: a freshly created database on DATABASE_URL's server (dropped on exit), or a new
// embedded PostgreSQL in a temporary folder (removed on exit). With E2E_MAIL_DIR, mail is
// delivered to a local SMTP capture that files each message in that folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { apiNodeEnv, apiNodeFlags } from './api-node-flags.mjs';
import { startMailCapture } from './mail-capture.mjs';

// PUBLIC_URL is the address the browser opens, so mailed links lead there and the Origin it
// sends with every change is the portal's own.
const env = {
  ...process.env,
  SEED_DEMO_DATA: 'true',
  LOG_LEVEL: 'warn',
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`,
};
let cleanup = async () => undefined;

// E2E_MAIL_DIR: mail goes over real SMTP to a capture server that files each message there.
const mailCapture = process.env.E2E_MAIL_DIR ? await startMailCapture(process.env.E2E_MAIL_DIR) : null;
if (mailCapture) env.SMTP_URL = mailCapture.url;

if (process.env.DATABASE_URL) {
  const server = new URL(process.env.DATABASE_URL);
  const name = process.env.TEST_DATABASE_NAME ?? `atolye_e2e_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  server.pathname = `/${name}`;
  env.DATABASE_URL = server.toString();
  // KEEP_DATABASE=1 leaves the database behind for inspection (EXPLAIN, psql) after the run.
  cleanup = async () => {
    if (process.env.KEEP_DATABASE) return console.error(`kept database ${name}`);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'atolye-e2e-'));
  env.DATA_DIR = dataDir;
  env.EMBEDDED_PG_PORT = process.env.EMBEDDED_PG_PORT ?? '54339';
  cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
}

// SERVER_ENTRY: another build of the API (a benchmark comparing two builds in one run).
const entry = process.env.SERVER_ENTRY ?? 'dist/backend/backend/src/main.js';
const child = spawn(process.execPath, [...apiNodeFlags(), entry], { env: apiNodeEnv(env), stdio: 'inherit' });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await mailCapture?.close();
  await cleanup();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', async (code) => {
  if (stopping) return;
  await mailCapture?.close();
  await cleanup();
  process.exit(code ?? 1);
});
