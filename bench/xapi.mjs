// The learning-records export (GET /api/xapi/statements) over 10,000 enrolments with two
// completed lessons each (30,000 statements and the demo's own), and forwarding them all to an
// LRS stub on 127.0.0.1. Baselines in the same run: the same events read by one bare SQL query
// (the union the export pages through) and turned into JSON lines without the statements'
// mapping; and the export itself for the forwarding.
// Targets: the 30,000 statements exported in < 30 s (a download a coordinator waits for);
// forwarding ≥ 100 statements/s, each once (a run's 5,000 well within the minute between runs).
// Needs DATABASE_URL (a PostgreSQL server). Usage: npm run build && node bench/xapi.mjs
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import pg from 'pg';
import { signIn, startServer } from './lib.mjs';

const require = createRequire(import.meta.url);
const ENROLMENTS = 10_000;
if (!process.env.DATABASE_URL) throw new Error('bench/xapi.mjs needs DATABASE_URL (a PostgreSQL server)');
const name = `atolye_bench_xapi_${process.pid}`;
process.env.TEST_DATABASE_NAME = name;
process.env.RUN_NOTICES = 'false';
const server = startServer(Number(process.env.BENCH_PORT ?? 3304), 54372);
const url = new URL(process.env.DATABASE_URL);
url.pathname = `/${name}`;

/** 10,000 people enrolled in the demo's Gaziantep session, each with its first two lessons done. */
async function seed(db) {
  await db.query(
    `INSERT INTO people (email, full_name, password_hash, language)
     SELECT 'xapi-bench-' || n || '@example.org', 'Katılımcı ' || n, 'not-a-hash', 'tr'
       FROM generate_series(1, $1) n`,
    [ENROLMENTS],
  );
  const [session] = (
    await db.query(`SELECT id, training_revision_id FROM sessions ORDER BY created_at LIMIT 1`)
  ).rows;
  await db.query(
    `INSERT INTO enrolments (session_id, person_id, training_revision_id, status, decided_at)
     SELECT $1, p.id, $2, 'enrolled', now() - interval '30 days' + (random() * interval '20 days')
       FROM people p WHERE p.email LIKE 'xapi-bench-%'`,
    [session.id, session.training_revision_id],
  );
  await db.query(
    `INSERT INTO lesson_progress (enrolment_id, lesson_id, completed_at)
     SELECT e.id, l.id, e.decided_at + interval '1 day' * l.position
       FROM enrolments e
       JOIN training_revisions r ON r.id = e.training_revision_id
       JOIN lessons l ON l.module_version_id = r.module_version_ids[1] AND l.position <= 2
      WHERE e.person_id IN (SELECT id FROM people WHERE email LIKE 'xapi-bench-%')`,
  );
}

/** Reads a whole response body, counting its lines. */
async function timedDownload(path, cookie) {
  const started = performance.now();
  const response = await fetch(`${server.base}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const text = await response.text();
  return {
    ms: performance.now() - started,
    lines: text.split('\n').filter(Boolean).length,
    bytes: text.length,
  };
}

function lrsStub() {
  let received = 0;
  const stub = createServer((request, response) => {
    const chunks = [];
    request.on('data', (c) => chunks.push(c));
    request.on('end', () => {
      received += JSON.parse(Buffer.concat(chunks).toString('utf8')).length;
      response.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
  });
  return {
    start: () => new Promise((resolve) => stub.listen(0, '127.0.0.1', () => resolve(stub.address().port))),
    received: () => received,
    stop: () => new Promise((resolve) => stub.close(resolve)),
  };
}

try {
  await server.ready();
  console.error('server ready; seeding');
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  await seed(db);
  console.error('seeded; measuring the export');
  const coordinator = await signIn(server.base, 'coordinator@atolye.example');
  const { XAPI_EVENTS_SQL } = require('../dist/backend/backend/src/xapi/xapi-event-sql.js');

  // Warm both paths once, then measure.
  await timedDownload('/api/xapi/statements', coordinator);
  let started = performance.now();
  const bare = (
    await db.query(`SELECT * FROM (${XAPI_EVENTS_SQL}) ev ORDER BY ev.at, ev.kind, ev.record_key`)
  ).rows;
  const bareText = bare.map((row) => JSON.stringify(row)).join('\n');
  const bareMs = performance.now() - started;
  const exported = await timedDownload('/api/xapi/statements', coordinator);

  console.error('export measured; forwarding');
  // Forwarding: the built application in this process, to a stub LRS, from an empty cursor.
  const stub = lrsStub();
  const port = await stub.start();
  const { NestFactory } = require('@nestjs/core');
  const { AppModule } = require('../dist/backend/backend/src/app.module.js');
  const { loadConfig } = require('../dist/backend/backend/src/config/app-config.js');
  const { XapiForwarder } = require('../dist/backend/backend/src/xapi/xapi-forwarder.service.js');
  const config = {
    ...loadConfig({ DATABASE_URL: url.toString(), XAPI_LRS_URL: `http://127.0.0.1:${port}/xapi` }),
    runNotices: false,
    logLevel: 'error',
  };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, url.toString()), {
    logger: ['error'],
  });
  const forwarder = app.get(XapiForwarder);
  started = performance.now();
  let forwarded = 0;
  for (let run = await forwarder.run(); run.sent > 0; run = await forwarder.run()) forwarded += run.sent;
  const forwardMs = performance.now() - started;
  await app.close();
  await stub.stop();
  await db.end();

  const perSecond = (n, ms) => Math.round((n / ms) * 1000).toLocaleString('en');
  console.log(`\nLearning records of ${ENROLMENTS.toLocaleString('en')} bench enrolments and the demo\n`);
  console.log('| measure | statements | ms | statements/s | ratio |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| baseline: the events by one SQL query, as JSON lines (${Math.round(bareText.length / 1024)} KiB) | ${bare.length} | ${Math.round(bareMs)} | ${perSecond(bare.length, bareMs)} | 1 |`,
  );
  console.log(
    `| export over HTTP, streamed (${Math.round(exported.bytes / 1024)} KiB) | ${exported.lines} | ${Math.round(exported.ms)} | ${perSecond(exported.lines, exported.ms)} | ${(exported.ms / bareMs).toFixed(2)} × baseline time |`,
  );
  console.log(
    `| forwarding to an LRS stub, batches of 100 | ${forwarded} | ${Math.round(forwardMs)} | ${perSecond(forwarded, forwardMs)} | ${(forwardMs / exported.ms).toFixed(2)} × export time |`,
  );
  const exportOk = (exported.lines / exported.ms) * 1000 >= 10_000;
  const forwardOk =
    (forwarded / forwardMs) * 1000 >= 2_000 && stub.received() === forwarded && forwarded === exported.lines;
  console.log(
    `\nexport ≥ 10,000/s: ${exportOk ? 'met' : 'NOT met'}; forwarding ≥ 2,000/s, each statement once: ${forwardOk ? 'met' : 'NOT met'}`,
  );
} finally {
  server.stop();
}
