// Open Badge credentials: a bulk issue of 1,000 certificates through the job queue with a signed
// credential each, beside the same job on the same build with credential signing left out
// (bench/no-credential-signing.cjs), each on a database of its own, in the same run; then the
// signing alone, in this process. Target: the job with credentials under 15 s.
// Usage: npm run build && DATABASE_URL=postgres://… REDIS_URL=redis://127.0.0.1:6379 node bench/credentials.mjs
import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { signIn, startServer } from './lib.mjs';

const require = createRequire(import.meta.url);
const dist = '../dist/backend/backend/src';
const { openBadgeCredential } = require(`${dist}/credentials/open-badge-credential.js`);
const { signCredential } = require(`${dist}/credentials/credential-jwt.js`);

const COUNT = Number(process.env.BENCH_CERTIFICATES ?? 1000);
if (!process.env.DATABASE_URL) {
  console.log('credentials: skipped (needs DATABASE_URL to seed 1,000 participants directly)');
  process.exit(0);
}

/** The job as the API reports it; a dropped connection under load keeps the last known state. */
async function poll(url, headers, last) {
  try {
    return await (await fetch(url, { headers })).json();
  } catch (error) {
    console.error(`poll failed (${error.cause?.code ?? error.message}); asking again`);
    return last;
  }
}

/** Starts a server on a database of its own, seeds COUNT eligible participants, times the bulk issue. */
async function bulkIssue(label, port, entry) {
  const databaseName = `atolye_bench_credentials_${Date.now()}`;
  process.env.TEST_DATABASE_NAME = databaseName;
  const server = startServer(port, 54398, entry);
  try {
    await server.ready();
    const coordinator = await signIn(server.base, 'coordinator@atolye.example');
    const headers = { cookie: coordinator, 'content-type': 'application/json' };
    const sessions = await (await fetch(`${server.base}/api/sessions?q=autumn`, { headers })).json();
    const sessionId = sessions.items[0].id;
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${databaseName}`;
    const db = new pg.Client({ connectionString: url.toString() });
    // The server drops its database as it stops; that ends this connection too.
    db.on('error', () => undefined);
    await db.connect();
    await db.query(
      `UPDATE trainings SET completion_rule = completion_rule || '{"minAttendancePercent":0,"requireAllLessons":false,"requireEvaluation":false,"passPostTests":false,"requiredQuizzes":[]}'::jsonb`,
    );
    await db.query(
      `WITH people AS (
         INSERT INTO people (email, full_name, password_hash, roles, gender)
         SELECT 'bench-' || i || '@example.org', 'Katılımcı ' || i, 'x', '{trainee}', 'undeclared'
           FROM generate_series(1, $1) i RETURNING id)
       INSERT INTO enrolments (session_id, person_id, training_revision_id, status)
       SELECT s.id, people.id, s.training_revision_id, 'enrolled' FROM people, sessions s WHERE s.id = $2`,
      [COUNT, sessionId],
    );
    const began = performance.now();
    const job = await (
      await fetch(`${server.base}/api/sessions/${sessionId}/certificate-jobs`, { method: 'POST', headers })
    ).json();
    let current = job;
    while (!['finished', 'failed'].includes(current.status)) {
      await new Promise((r) => setTimeout(r, 250));
      current = await poll(`${server.base}/api/certificate-jobs/${job.id}`, headers, current);
    }
    const seconds = (performance.now() - began) / 1000;
    const [{ n }] = (
      await db.query(
        `SELECT count(*)::int AS n FROM certificate_credentials cc JOIN certificates c ON c.id = cc.certificate_id WHERE c.job_id = $1`,
        [job.id],
      )
    ).rows;
    await db.end();
    console.log(
      `${label}: ${current.status}, ${current.issued} certificates and ${n} credentials in ${seconds.toFixed(1)} s`,
    );
    return seconds;
  } finally {
    server.stop();
    await new Promise((r) => setTimeout(r, 3000));
  }
}

const queue = process.env.REDIS_URL ? 'the Redis queue' : 'the in-process queue';
const port = Number(process.env.BENCH_PORT ?? 3341);
const baseline = await bulkIssue(
  `bulk issue of ${COUNT} through ${queue}, without credentials`,
  port,
  'bench/no-credential-signing.cjs',
);
// Each run on a port of its own: the previous server may still be closing.
const withCredentials = await bulkIssue(
  `bulk issue of ${COUNT} through ${queue}, with a signed credential each`,
  port + 1,
);
// Order swapped once more, so a machine getting busier during the run weighs on both sides.
const baselineAgain = await bulkIssue(
  `again without credentials`,
  port + 2,
  'bench/no-credential-signing.cjs',
);
console.log(
  `credentials add ${(withCredentials / ((baseline + baselineAgain) / 2)).toFixed(2)}× the job's time — target < 15 s with credentials: ${withCredentials < 15 ? 'met' : 'NOT met'}`,
);

// Signing alone, in this process: what each credential costs in CPU.
const { privateKey } = generateKeyPairSync('ed25519');
const facts = {
  certificateId: '2f1c6a4e-8d0b-4c55-9a51-0f6b3f1d2a10',
  serial: 'ATL-2027-000001',
  holderName: 'Gülşen İnceoğlu',
  email: 'gulsen@example.org',
  trainingId: '7b0e2d9c-1a3f-4e8b-b6d4-5c9a0e1f2b3c',
  trainingTitle: { en: 'Working with people in need of international protection', tr: 'Uluslararası koruma' },
  sessionTitle: 'Gaziantep — yüz yüze kurs',
  startsOn: '2027-03-02',
  endsOn: '2027-03-04',
  place: 'Gaziantep',
  hours: 10.5,
  modules: [{ title: { en: 'International protection: the legal framework' }, version: '1.0.0' }],
  issuedAt: new Date('2027-03-05T09:00:00Z'),
  status: 'valid',
  revokedAt: null,
};
const issuer = { publicUrl: 'https://atolye.example', issuerName: 'Atölye Capacity-Building Programme' };
const started = performance.now();
for (let i = 0; i < COUNT; i++)
  await signCredential(openBadgeCredential(facts, issuer, i, `salt${i}`), { kid: 'k', privateKey });
console.log(
  `building and signing ${COUNT} credentials alone: ${((performance.now() - started) / 1000).toFixed(2)} s`,
);
