// Scheduling the day-before reminders of 10,000 enrolments: one run of the notices, which claims
// each reminder in PostgreSQL and stores its notification and its mail in the same transactions.
// Baseline in the same run: the bare claims alone (10,000 keys inserted into notice_claims).
// Target: < 2 s. Needs DATABASE_URL (a PostgreSQL server). Usage: npm run build && node bench/notices.mjs
import { createRequire } from 'node:module';
import pg from 'pg';
import { signIn, startServer } from './lib.mjs';

const require = createRequire(import.meta.url);
const ENROLMENTS = 10_000;
const SESSIONS = 100;
if (!process.env.DATABASE_URL) throw new Error('bench/notices.mjs needs DATABASE_URL (a PostgreSQL server)');
const name = `atolye_bench_notices_${process.pid}`;
process.env.TEST_DATABASE_NAME = name;
// The server runs no notices of its own: only the run measured here sends them.
process.env.RUN_NOTICES = 'false';
const server = startServer(Number(process.env.BENCH_PORT ?? 3303), 54371);
const url = new URL(process.env.DATABASE_URL);
url.pathname = `/${name}`;

async function call(method, path, cookie, body) {
  const response = await fetch(`${server.base}${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** 100 sessions of the demo training, each meeting 20 hours from now, with 100 seats taken each. */
async function seed(db) {
  const admin = await signIn(server.base, 'admin@atolye.example');
  const trainings = await call('GET', '/api/trainings?q=Working with people', admin);
  const at = (hours) => new Date(Date.now() + hours * 3600_000).toISOString();
  const sessionIds = [];
  for (let i = 0; i < SESSIONS; i++) {
    const session = await call('POST', '/api/sessions', admin, {
      trainingId: trainings.items[0].id,
      title: `Cohort ${i + 1}`,
      format: 'course',
      mode: 'in_person',
      language: i % 2 ? 'tr' : 'en',
      venue: 'Şahinbey Kültür Merkezi, Gaziantep',
      meetingLink: null,
      city: 'Gaziantep',
      country: 'TR',
      capacity: ENROLMENTS / SESSIONS,
      enrolmentOpensAt: at(-24),
      enrolmentClosesAt: at(24 * 10),
      enrolmentPolicy: 'automatic',
      trainerIds: [],
      meetings: [{ startsAt: at(20), endsAt: at(23), topic: 'Hukuki çerçeve' }],
    });
    sessionIds.push(session.id);
  }
  await db.query(
    `INSERT INTO people (email, full_name, password_hash, language)
     SELECT 'notice-bench-' || n || '@example.org', 'Katılımcı ' || n, 'not-a-hash', CASE WHEN n % 2 = 0 THEN 'tr' ELSE 'en' END
       FROM generate_series(1, $1) n`,
    [ENROLMENTS],
  );
  await db.query(
    `INSERT INTO enrolments (session_id, person_id, training_revision_id, status, decided_at)
     SELECT s.id, p.id, s.training_revision_id, 'enrolled', now()
       FROM (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM people WHERE email LIKE 'notice-bench-%') p
       JOIN (SELECT id, training_revision_id, row_number() OVER (ORDER BY id) - 1 AS n FROM sessions WHERE id = ANY($1)) s
         ON s.n = p.n % $2`,
    [sessionIds, SESSIONS],
  );
  const [{ count }] = (
    await db.query(
      `SELECT count(*)::int AS count FROM enrolments WHERE session_id = ANY($1) AND status = 'enrolled'`,
      [sessionIds],
    )
  ).rows;
  return count;
}

try {
  await server.ready();
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const enrolled = await seed(db);

  // The built application, in this process, on the same database; no SMTP, no Redis: mails are kept.
  const { NestFactory } = require('@nestjs/core');
  const { AppModule } = require('../dist/backend/backend/src/app.module.js');
  const { loadConfig } = require('../dist/backend/backend/src/config/app-config.js');
  const { NoticeRun } = require('../dist/backend/backend/src/notifications/notices/notice-run.service.js');
  const config = { ...loadConfig({ DATABASE_URL: url.toString() }), runNotices: false, logLevel: 'error' };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, url.toString()), {
    logger: ['error'],
  });
  const notices = app.get(NoticeRun);

  // Baseline: the same number of keys claimed, and nothing else, then taken back.
  const keys = Array.from({ length: enrolled }, (_, i) => `bench:${i}`);
  let started = performance.now();
  await db.query('INSERT INTO notice_claims (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [keys]);
  const baselineMs = performance.now() - started;
  await db.query(`DELETE FROM notice_claims WHERE key LIKE 'bench:%'`);

  started = performance.now();
  const result = await notices.run(new Date());
  const runMs = performance.now() - started;
  started = performance.now();
  const again = await notices.run(new Date());
  const againMs = performance.now() - started;

  const [{ mails, notifications }] = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM mail_outbox WHERE kind = 'meeting_reminder') AS mails,
              (SELECT count(*)::int FROM notifications WHERE kind = 'meeting_reminder') AS notifications`,
    )
  ).rows;
  console.log(
    `\nDay-before reminders of ${enrolled.toLocaleString('en')} enrolments in ${SESSIONS} sessions\n`,
  );
  console.log('| measure | ms |');
  console.log('|---|---:|');
  console.log(
    `| baseline: ${enrolled.toLocaleString('en')} bare claims (one INSERT) | ${baselineMs.toFixed(0)} |`,
  );
  console.log(
    `| notices run: ${result.meetingReminders.toLocaleString('en')} reminders claimed, notified and mailed | ${runMs.toFixed(0)} |`,
  );
  console.log(`| the next run, nothing due (${again.meetingReminders} sent) | ${againMs.toFixed(0)} |`);
  console.log(
    `\nstored: ${mails} mails, ${notifications} notifications; run = ${(runMs / baselineMs).toFixed(1)}× the bare claims`,
  );
  const met = runMs < 2000 && result.meetingReminders === enrolled && mails === enrolled ? 'met' : 'NOT met';
  console.log(`target: ${enrolled.toLocaleString('en')} reminders scheduled in < 2 s, each once: ${met}`);
  // Let the kept mails settle before closing.
  await new Promise((r) => setTimeout(r, 2000));
  await app.close();
  await db.end();
} finally {
  server.stop();
}
