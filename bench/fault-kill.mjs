// The API killed with SIGKILL in the middle of work: a bulk issue of 400 certificates, 50 quiz
// submits and an import of 2,000 rows, all running at once. Restarted with `npm start`'s entry
// point (the embedded PostgreSQL the killed process left running is stopped and started
// cleanly), the work is finished, and the database is checked: nothing lost, nothing twice.
// Uses an embedded PostgreSQL of its own. Usage: npm run build && node bench/fault-kill.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  call,
  check,
  database,
  postmasterPid,
  sessionCookie,
  signIn,
  sleep,
  startApi,
  summary,
} from './fault-lib.mjs';

const CERTIFICATES = 400;
const SUBMITS = 50;
const IMPORT_ROWS = 2000;
/** How long the API waits before it takes up work a stopped process left (certificates, imports). */
const LEFT_BEHIND_SECONDS = 120;

const dataDir = mkdtempSync(join(tmpdir(), 'atolye-fault-kill-'));
const options = { port: Number(process.env.BENCH_PORT ?? 3312), dataDir, pgPort: 54395 };
let api = startApi(options);

async function until(what, test, seconds, everyMs = 250) {
  for (let waited = 0; waited < seconds * 1000; waited += everyMs) {
    const value = await test();
    if (value) return value;
    await sleep(everyMs);
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

try {
  await api.ready();
  console.log('setting up: 400 participants to certify, 50 open quiz attempts, a file of 2,000 rows');
  const db = await database(options.pgPort);
  const coordinator = await signIn(api.base, 'coordinator@atolye.example');
  const [{ id: sessionId }] = (
    await db.query(`SELECT id FROM sessions WHERE title = 'İzmir — autumn course'`)
  ).rows;

  // Certificates: 400 more participants of the finished session, all meeting a relaxed rule.
  await db.query(
    `UPDATE trainings SET completion_rule = completion_rule || '{"minAttendancePercent":0,"requireAllLessons":false,"requireEvaluation":false,"requiredQuizzes":[]}'::jsonb`,
  );
  await db.query(
    `WITH people AS (
       INSERT INTO people (email, full_name, password_hash, roles, gender)
       SELECT 'fault-' || i || '@example.org', 'Katılımcı ' || i, 'x', '{trainee}', 'female'
         FROM generate_series(1, $1) i RETURNING id)
     INSERT INTO enrolments (session_id, person_id, training_revision_id, status)
     SELECT s.id, people.id, s.training_revision_id, 'enrolled' FROM people, sessions s WHERE s.id = $2`,
    [CERTIFICATES, sessionId],
  );

  // Quiz submits: 50 of those participants each with an attempt started at the module's first quiz.
  const trainees = (
    await db.query(
      `SELECT e.id AS enrolment, p.id AS person FROM enrolments e JOIN people p ON p.id = e.person_id
        WHERE p.email LIKE 'fault-%' ORDER BY p.email LIMIT $1`,
      [SUBMITS],
    )
  ).rows;
  const attempts = [];
  for (const trainee of trainees) {
    const cookie = await sessionCookie(db, trainee.person);
    const quizzes = await call(api.base, 'GET', `/api/my/enrolments/${trainee.enrolment}/quizzes`, {
      cookie,
    });
    const started = await call(
      api.base,
      'POST',
      `/api/my/enrolments/${trainee.enrolment}/quizzes/${quizzes.json[0].id}/attempts`,
      { cookie },
    );
    if (started.status !== 200) throw new Error(`starting an attempt: ${started.status}`);
    attempts.push({ id: started.json.id, cookie });
  }

  // The import: a session of its own for 2,000 new people (the most a session seats).
  const [{ id: importSessionId }] = (
    await db.query(
      `INSERT INTO sessions (training_id, training_revision_id, title, format, mode, language, venue, city, country, capacity,
                             enrolment_opens_at, enrolment_closes_at, enrolment_policy, trainer_ids)
       SELECT training_id, training_revision_id, 'Fault import cohort', format, mode, language, venue, city, country, $1,
              now() - interval '1 day', now() + interval '1 day', 'automatic', '{}'
         FROM sessions WHERE id = $2 RETURNING id`,
      [IMPORT_ROWS, sessionId],
    )
  ).rows;
  const csv = [
    'email,full_name',
    ...Array.from({ length: IMPORT_ROWS }, (_, i) => `imp${i}@fault.example,Kişi ${i}`),
  ].join('\n');
  const importFile = { fileName: 'participants.csv', contentBase64: Buffer.from(csv).toString('base64') };

  console.log('starting the work, then SIGKILL while it runs');
  // All at once, then SIGKILL while they run.
  const job = await call(api.base, 'POST', `/api/sessions/${sessionId}/certificate-jobs`, {
    cookie: coordinator,
  });
  const imported = await call(api.base, 'POST', `/api/sessions/${importSessionId}/imports`, {
    cookie: coordinator,
    body: importFile,
  });
  await until(
    'some of the certificates and the import',
    async () => {
      const { rows } = await db.query(
        `SELECT (SELECT issued FROM certificate_jobs WHERE id = $1) AS issued, (SELECT processed FROM import_jobs WHERE id = $2) AS processed`,
        [job.json.id, imported.json.id],
      );
      return rows[0].issued > 0 && rows[0].processed > 0;
    },
    120,
  );
  // The submits go out last and the kill follows them at once, so some are cut off.
  const submits = attempts.map((a) =>
    call(api.base, 'POST', `/api/my/attempts/${a.id}/submit`, { cookie: a.cookie }).catch(() => null),
  );
  await until(
    'a first submit through',
    async () =>
      (
        await db.query(
          'SELECT count(*)::int AS n FROM quiz_attempts WHERE id = ANY($1::uuid[]) AND submitted_at IS NOT NULL',
          [attempts.map((a) => a.id)],
        )
      ).rows[0].n > 0,
    30,
    5,
  );
  const leftRunning = postmasterPid(dataDir);
  await api.kill('SIGKILL');
  await Promise.all(submits);
  const before = (
    await db.query(
      `SELECT (SELECT issued FROM certificate_jobs WHERE id = $1) AS issued,
              (SELECT processed FROM import_jobs WHERE id = $2) AS processed,
              (SELECT count(*)::int FROM quiz_attempts WHERE id = ANY($3::uuid[]) AND submitted_at IS NOT NULL) AS submitted`,
      [job.json.id, imported.json.id, attempts.map((a) => a.id)],
    )
  ).rows[0];
  console.log(
    `killed with ${before.issued}/${CERTIFICATES} certificates, ${before.processed}/${IMPORT_ROWS} rows, ${before.submitted}/${SUBMITS} submits done`,
  );
  await db.end();

  // Restart as `npm start` does; the PostgreSQL the killed API left running is stopped first.
  api = startApi(options);
  await api.ready();
  check('restarted over the PostgreSQL the killed API left running', postmasterPid(dataDir) !== leftRunning);
  const after = await database(options.pgPort);
  const coordinatorAgain = await signIn(api.base, 'coordinator@atolye.example');

  // Quiz: the submits that did not get through are sent again; each attempt is graded once.
  for (const attempt of attempts)
    await call(api.base, 'POST', `/api/my/attempts/${attempt.id}/submit`, { cookie: attempt.cookie });
  const quiz = (
    await after.query(
      `SELECT count(*) FILTER (WHERE submitted_at IS NOT NULL AND score IS NOT NULL)::int AS graded,
              count(*) FILTER (WHERE submitted_at IS NOT NULL AND score IS NULL)::int AS half,
              count(*)::int AS attempts
         FROM quiz_attempts WHERE enrolment_id = ANY($1::uuid[])`,
      [trainees.map((t) => t.enrolment)],
    )
  ).rows[0];
  check(
    `quiz: all ${SUBMITS} attempts graded exactly once, none half-written, no extra attempt`,
    quiz.graded === SUBMITS && quiz.half === 0 && quiz.attempts === SUBMITS,
    JSON.stringify(quiz),
  );

  // Certificates and the import are taken up once the API sees their process is gone.
  console.log(`waiting ${LEFT_BEHIND_SECONDS} s for the left-behind jobs to be taken up…`);
  const certificateJob = await until(
    'the certificate job to finish',
    async () => {
      const current = await call(api.base, 'GET', `/api/certificate-jobs/${job.json.id}`, {
        cookie: coordinatorAgain,
      });
      return current.json.status === 'finished' ? current.json : null;
    },
    LEFT_BEHIND_SECONDS + 120,
  );
  const certificates = (
    await after.query(
      `SELECT count(*)::int AS valid, count(DISTINCT enrolment_id)::int AS holders, count(DISTINCT serial)::int AS serials,
              (SELECT count(*)::int FROM certificates WHERE job_id = $2) AS by_job
         FROM certificates WHERE session_id = $1 AND status = 'valid' AND holder_name LIKE 'Katılımcı %'`,
      [sessionId, job.json.id],
    )
  ).rows[0];
  check(
    `certificates: all ${CERTIFICATES} issued, one each, serials unique`,
    certificates.valid === CERTIFICATES &&
      certificates.holders === CERTIFICATES &&
      certificates.serials === CERTIFICATES,
    JSON.stringify(certificates),
  );
  check(
    'certificates: the resumed job reports every one it issued',
    certificateJob.issued === certificates.by_job && certificateJob.issued === certificateJob.total,
    `${certificateJob.issued} of ${certificateJob.total}`,
  );
  const mails = (
    await after.query(
      `SELECT count(*)::int AS n, count(DISTINCT recipient)::int AS people FROM mail_outbox WHERE recipient LIKE 'fault-%' AND kind = 'certificate_issued'`,
    )
  ).rows[0];
  check(
    'certificates: one mail per holder',
    mails.n === CERTIFICATES && mails.people === CERTIFICATES,
    JSON.stringify(mails),
  );

  const stopped = await until(
    'the import to be reported stopped',
    async () => {
      const current = await call(api.base, 'GET', `/api/imports/${imported.json.id}`, {
        cookie: coordinatorAgain,
      });
      return current.json.status !== 'running' ? current.json : null;
    },
    LEFT_BEHIND_SECONDS + 60,
  );
  const enrolled = async () =>
    (
      await after.query(
        'SELECT count(*)::int AS n, count(DISTINCT person_id)::int AS people FROM enrolments WHERE session_id = $1',
        [importSessionId],
      )
    ).rows[0];
  const first = await enrolled();
  check(
    'import: its report lists exactly the rows that took effect',
    stopped.rows.length === first.n && stopped.processed === first.n,
    `${stopped.rows.length} reported, ${first.n} enrolled`,
  );
  const again = await call(api.base, 'POST', `/api/sessions/${importSessionId}/imports`, {
    cookie: coordinatorAgain,
    body: importFile,
  });
  const second = await until(
    'the repeated import to finish',
    async () => {
      const current = await call(api.base, 'GET', `/api/imports/${again.json.id}`, {
        cookie: coordinatorAgain,
      });
      return current.json.status === 'finished' ? current.json : null;
    },
    600,
  );
  const total = await enrolled();
  const already = second.rows.filter((r) => r.outcome === 'already_enrolled').length;
  check(
    `import: imported again, all ${IMPORT_ROWS} enrolled once`,
    total.n === IMPORT_ROWS && total.people === IMPORT_ROWS,
    JSON.stringify(total),
  );
  check(
    'import: the rows of the first run are reported as already enrolled',
    already === first.n,
    `${already}`,
  );
  await after.end();
} catch (error) {
  console.log(`stopped: ${error.stack}\n--- the API's log:\n${api.log()}`);
  check('the script ran to the end', false);
} finally {
  await api.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  summary();
}
