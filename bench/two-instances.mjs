// Two API instances and a separate queue worker on one PostgreSQL and one Redis, behind a small
// round-robin proxy, as `docker/compose.yaml` describes a scaled deployment:
//   1. both instances start at the same moment on an empty database (migrations, content and
//      demo data are taken in turn under advisory locks) and both come up;
//   2. a sign-in made on one instance is honoured by the other; failed sign-ins and certificate
//      verifications are counted across both (the limits are in the database);
//   3. the quiz room of `quiz.mjs` runs through the proxy, each trainee's requests alternating
//      between the instances: every attempt graded exactly once, none lost;
//   4. a bulk issue of certificates through the proxy and the worker: every participant gets
//      exactly one certificate and exactly one mail (delivered over SMTP to a local capture).
// Usage: npm run build && DATABASE_URL=postgres://… REDIS_URL=redis://127.0.0.1:6379/N node bench/two-instances.mjs
import { apiNodeEnv, apiNodeFlags } from '../tools/api-node-flags.mjs';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startMailCapture } from '../tools/mail-capture.mjs';
import { signIn } from './lib.mjs';
import { checkRoom, json, latencyTable, prepareRoom, runRoom, writeQuizContent } from './quiz-room.mjs';
import { startProxy } from './round-robin-proxy.mjs';

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 300);
const CERTIFICATES = Number(process.env.BENCH_CERTIFICATES ?? 500);
const PORT = Number(process.env.BENCH_PORT ?? 3320);
if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
  console.error('needs DATABASE_URL (a PostgreSQL server) and REDIS_URL');
  process.exit(2);
}

const results = [];
const check = (what, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// One fresh database for the whole run, and an empty Redis database for its queues.
const databaseName = `atolye_bench_two_${Date.now()}`;
const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${databaseName}`);
await admin.end();
const databaseUrl = new URL(process.env.DATABASE_URL);
databaseUrl.pathname = `/${databaseName}`;

const contentDir = writeQuizContent();
const mailDir = mkdtempSync(join(tmpdir(), 'atolye-bench-mail-'));
const mail = await startMailCapture(mailDir);
const proxyBase = `http://127.0.0.1:${PORT}`;
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl.toString(),
  CONTENT_DIR: contentDir,
  SEED_DEMO_DATA: 'true',
  LOG_LEVEL: 'warn',
  PUBLIC_URL: proxyBase,
  TRUST_PROXY_HOPS: '1',
  SMTP_URL: mail.url,
  // The separate worker takes the queues.
  RUN_WORKER: 'false',
};
const processes = [];
const start = (name, entry, extra = {}) => {
  const child = spawn(process.execPath, [...apiNodeFlags(), entry], {
    env: apiNodeEnv({ ...env, ...extra }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (chunk) => process.stderr.write(`[${name}] ${chunk}`));
  processes.push(child);
  return child;
};
const healthy = async (base) => {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  return false;
};

const main = 'dist/backend/backend/src/main.js';
const a = { name: 'api-a', base: `http://127.0.0.1:${PORT + 1}` };
const b = { name: 'api-b', base: `http://127.0.0.1:${PORT + 2}` };
const proxy = await startProxy(PORT, [a.base, b.base]);

try {
  // 1. Both at once on the empty database.
  const began = performance.now();
  a.process = start(a.name, main, { PORT: String(PORT + 1) });
  b.process = start(b.name, main, { PORT: String(PORT + 2) });
  const up = await Promise.all([healthy(a.base), healthy(b.base)]);
  check(
    'two instances started together on an empty database both come up',
    up.every(Boolean) && a.process.exitCode === null && b.process.exitCode === null,
    `${((performance.now() - began) / 1000).toFixed(1)} s`,
  );
  if (!up.every(Boolean)) throw new Error('an instance did not start');
  start('worker', 'dist/backend/backend/src/worker.js', { RUN_WORKER: 'true' });

  // 2. Sessions and limits are shared.
  const cookie = await signIn(a.base, 'admin@atolye.example');
  const me = await fetch(`${b.base}/api/auth/me`, { headers: { cookie } });
  check('a sign-in on one instance is honoured by the other', me.ok, `${me.status}`);
  const failures = [];
  for (let i = 0; i < 6; i++) {
    const response = await fetch(`${(i % 2 ? b : a).base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'trainer@atolye.example', password: 'not-the-password' }),
    });
    failures.push(response.status);
  }
  check(
    'failed sign-ins are counted across both (5 per account, then 429)',
    failures.join() === '401,401,401,401,401,429',
    failures.join(' '),
  );
  const verifications = [];
  for (let i = 0; i < 31; i++)
    verifications.push(
      (await fetch(`${(i % 2 ? b : a).base}/api/certificates/verify/unknown-code-${i}`)).status,
    );
  check(
    'certificate verifications are limited across both (30 a minute, then 429)',
    verifications.slice(0, 30).every((s) => s !== 429) && verifications[30] === 429,
    `${verifications.filter((s) => s === 429).length} refused of 31`,
  );

  // 3. The quiz room through the proxy.
  process.stdout.write(`Creating and signing in ${TRAINEES} trainees through the proxy… `);
  const room = await prepareRoom(proxy.base, TRAINEES);
  console.log('done');
  const servedBefore = [...proxy.served];
  const run = await runRoom(proxy.base, room, 1000);
  const problems = await checkRoom(databaseUrl.toString(), room.quiz.id, run.results);
  const share = proxy.served.map((n, i) => n - servedBefore[i]);
  console.log(
    `\nquiz room: ${TRAINEES} trainees, ${run.seconds.toFixed(1)} s; requests served by api-a ${share[0]}, api-b ${share[1]}`,
  );
  console.log(
    latencyTable('request (through the proxy)', {
      start: run.starts,
      autosave: run.saves,
      submit: run.submits,
    }),
  );
  check(
    'quiz: every attempt graded exactly once, none lost, double clicks answered alike',
    problems.length === 0,
    `${TRAINEES - problems.length}/${TRAINEES}${problems.length ? `; ${problems.slice(0, 3).join('; ')}` : ''}`,
  );

  // 4. Bulk certificate issue through the proxy and the worker.
  const db = new pg.Client({ connectionString: databaseUrl.toString() });
  await db.connect();
  const coordinator = await signIn(proxy.base, 'coordinator@atolye.example');
  const headers = { cookie: coordinator, 'content-type': 'application/json' };
  const sessions = await json(await fetch(`${proxy.base}/api/sessions?q=autumn`, { headers }));
  const sessionId = sessions.items[0].id;
  await db.query(
    `UPDATE trainings SET completion_rule = completion_rule || '{"minAttendancePercent":0,"requireAllLessons":false,"requireEvaluation":false,"requiredQuizzes":[]}'::jsonb`,
  );
  await db.query(
    `WITH people AS (
       INSERT INTO people (email, full_name, password_hash, roles, gender)
       SELECT 'two-' || i || '@example.org', 'Katılımcı ' || i, 'x', '{trainee}', 'female'
         FROM generate_series(1, $1) i RETURNING id)
     INSERT INTO enrolments (session_id, person_id, training_revision_id, status)
     SELECT s.id, people.id, s.training_revision_id, 'enrolled' FROM people, sessions s WHERE s.id = $2`,
    [CERTIFICATES, sessionId],
  );
  const issueBegan = performance.now();
  const job = await json(
    await fetch(`${proxy.base}/api/sessions/${sessionId}/certificate-jobs`, { method: 'POST', headers }),
  );
  let current = job;
  while (!['finished', 'failed'].includes(current.status)) {
    await sleep(250);
    current = await json(await fetch(`${proxy.base}/api/certificate-jobs/${job.id}`, { headers }));
  }
  const issueSeconds = (performance.now() - issueBegan) / 1000;
  const [certificates] = (
    await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT c.enrolment_id)::int AS enrolments, count(DISTINCT c.serial)::int AS serials
         FROM certificates c JOIN people p ON p.id = c.person_id WHERE p.email LIKE 'two-%'`,
    )
  ).rows;
  check(
    `certificates: ${CERTIFICATES} participants, each exactly one certificate`,
    current.status === 'finished' &&
      certificates.n === CERTIFICATES &&
      certificates.enrolments === CERTIFICATES &&
      certificates.serials === CERTIFICATES,
    `job ${current.status}, ${current.issued} issued in ${issueSeconds.toFixed(1)} s; ${JSON.stringify(certificates)}`,
  );
  // Each holder's mail, delivered over SMTP exactly once (mail is sent by the worker).
  let delivered = [];
  for (let waited = 0; waited < 120_000; waited += 500) {
    delivered = readdirSync(mailDir)
      .map((file) => JSON.parse(readFileSync(join(mailDir, file), 'utf8')))
      .flatMap((message) => message.to)
      .filter((to) => to.startsWith('two-'));
    if (delivered.length >= CERTIFICATES) break;
    await sleep(500);
  }
  await sleep(2000); // anything sent twice would arrive by now
  delivered = readdirSync(mailDir)
    .map((file) => JSON.parse(readFileSync(join(mailDir, file), 'utf8')))
    .flatMap((message) => message.to)
    .filter((to) => to.startsWith('two-'));
  check(
    'mail: every holder got exactly one certificate mail',
    delivered.length === CERTIFICATES && new Set(delivered).size === CERTIFICATES,
    `${delivered.length} delivered to ${new Set(delivered).size} people`,
  );
  await db.end();
} finally {
  for (const child of processes) child.kill('SIGTERM');
  await Promise.all(
    processes.map((child) =>
      child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null,
    ),
  );
  await proxy.close();
  await mail.close();
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(mailDir, { recursive: true, force: true });
  if (!process.env.KEEP_DATABASE) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await client.end();
  }
}
const failed = results.filter((ok) => !ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
