// The room of the quiz benchmark, shared by `quiz.mjs` (one server) and `two-instances.mjs` (two
// behind a proxy): a module whose post-test has 20 questions, a session of trainees enrolled in
// it, every trainee starting, answering and submitting, and the check in the database that every
// attempt was graded exactly once and none was lost.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { stringify } from 'yaml';
import { signIn } from './lib.mjs';

export const QUESTIONS = 20;
const DOUBLE_CLICK_EVERY = 10;
const t = (text) => ({ en: text, tr: `${text} (tr)` });

/** A content folder: the repository's modules plus a module whose post-test has 20 questions. */
export function writeQuizContent() {
  const contentDir = mkdtempSync(join(tmpdir(), 'atolye-bench-content-'));
  cpSync('content', contentDir, { recursive: true });
  const folder = join(contentDir, 'modules/bench-assessment');
  mkdirSync(join(folder, 'lessons/01-overview'), { recursive: true });
  mkdirSync(join(folder, 'quizzes'));
  writeFileSync(
    join(folder, 'module.yaml'),
    stringify({
      slug: 'bench-assessment',
      version: '1.0.0',
      languages: ['en', 'tr'],
      title: t('Bench'),
      summary: t('Bench.'),
      objectives: [t('Answer')],
      topics: ['project-management'],
      estimatedMinutes: 5,
      authors: [{ name: 'Bench' }],
      licence: 'CC-BY-SA-4.0',
      lessons: ['01-overview'],
      quizzes: ['post-test'],
      changelog: [{ version: '1.0.0', date: '2026-11-25', changes: t('First.') }],
    }),
  );
  for (const language of ['en', 'tr'])
    writeFileSync(
      join(folder, `lessons/01-overview/${language}.md`),
      '---\ntitle: Overview\norder: 1\nverified: 2026-11-20\nestimatedMinutes: 5\n---\n\nText.\n',
    );
  writeFileSync(
    join(folder, 'quizzes/post-test.yaml'),
    stringify({
      slug: 'post-test',
      kind: 'post_test',
      title: t('Post-test'),
      passMarkPercent: 70,
      maxAttempts: 1,
      timeLimitMinutes: 20,
      shuffleQuestions: true,
      shuffleOptions: true,
      reviewPolicy: 'after_each_attempt',
      questions: Array.from({ length: QUESTIONS }, (_, i) => ({
        id: `q${String(i + 1).padStart(2, '0')}`,
        type: 'single_choice',
        points: 1,
        text: t(`Question ${i + 1}`),
        options: [
          { text: t('Right'), correct: true },
          { text: t('Wrong') },
          { text: t('Also wrong') },
          { text: t('No') },
        ],
      })),
    }),
  );
  return contentDir;
}

export const json = async (response) => {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
};
const timed = async (list, fn) => {
  const started = performance.now();
  const result = await fn();
  list.push(performance.now() - started);
  return result;
};
export const pct = (list, p) =>
  [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const headers = (cookie) => ({ cookie, 'content-type': 'application/json' });

/** A training on the bench module, a session of `count` seats and that many trainees signed in. */
export async function prepareRoom(base, count) {
  const admin = await signIn(base, 'admin@atolye.example');
  const coordinator = await signIn(base, 'coordinator@atolye.example');
  const modules = await json(await fetch(`${base}/api/modules`, { headers: headers(coordinator) }));
  const module = modules.find((m) => m.slug === 'bench-assessment');
  const training = await json(
    await fetch(`${base}/api/trainings`, {
      method: 'POST',
      headers: headers(coordinator),
      body: JSON.stringify({
        title: t('Bench training'),
        description: t('Bench'),
        languages: ['en', 'tr'],
        moduleVersionIds: [module.id],
        completionRule: {
          minAttendancePercent: 0,
          requireAllLessons: false,
          requiredQuizzes: [],
          requireEvaluation: false,
        },
      }),
    }),
  );
  const now = Date.now();
  const session = await json(
    await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: headers(coordinator),
      body: JSON.stringify({
        trainingId: training.id,
        title: 'Bench cohort',
        format: 'course',
        mode: 'online',
        language: 'en',
        meetingLink: 'https://meet.example.org/bench',
        city: 'Online',
        country: 'TR',
        capacity: count,
        enrolmentOpensAt: new Date(now - 86400000).toISOString(),
        enrolmentClosesAt: new Date(now + 86400000).toISOString(),
        enrolmentPolicy: 'automatic',
        trainerIds: [],
        meetings: [
          {
            startsAt: new Date(now + 2 * 86400000).toISOString(),
            endsAt: new Date(now + 2 * 86400000 + 3600000).toISOString(),
            topic: 'Bench',
          },
        ],
      }),
    }),
  );

  const trainees = [];
  for (let i = 0; i < count; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, count - i) }, async (_, k) => {
        const email = `bench-${now}-${i + k}@example.org`;
        const person = await json(
          await fetch(`${base}/api/people`, {
            method: 'POST',
            headers: headers(admin),
            body: JSON.stringify({
              fullName: `Bench Trainee ${i + k}`,
              email,
              password: 'bench-password-1',
              roles: ['trainee'],
            }),
          }),
        );
        const enrolment = await json(
          await fetch(`${base}/api/sessions/${session.id}/enrolments`, {
            method: 'POST',
            headers: headers(coordinator),
            body: JSON.stringify({ personId: person.id }),
          }),
        );
        return { cookie: await signIn(base, email, 'bench-password-1'), enrolmentId: enrolment.id };
      }),
    );
    trainees.push(...batch);
  }
  const [quiz] = await json(
    await fetch(`${base}/api/my/enrolments/${trainees[0].enrolmentId}/quizzes`, {
      headers: headers(trainees[0].cookie),
    }),
  );
  return { quiz, trainees, sessionId: session.id };
}

/**
 * Every trainee presses "start" at a random moment of the first `spreadMs` (0: all in the same
 * instant), answers each question after 1–2.2 s with one autosave, and submits; one in ten
 * double-clicks "submit", and both answers must be the same.
 */
export async function runRoom(base, { quiz, trainees }, spreadMs) {
  const starts = [];
  const saves = [];
  const submits = [];
  const began = performance.now();
  const think = () => sleep(1000 + Math.random() * 1200);
  const post = (url, cookie) => fetch(url, { method: 'POST', headers: headers(cookie) });
  const results = await Promise.all(
    trainees.map(async (tr, i) => {
      if (spreadMs > 0) await sleep(Math.random() * spreadMs);
      const attempt = await timed(starts, async () =>
        json(
          await post(`${base}/api/my/enrolments/${tr.enrolmentId}/quizzes/${quiz.id}/attempts`, tr.cookie),
        ),
      );
      for (const question of attempt.questions) {
        await think();
        await timed(saves, async () =>
          json(
            await fetch(`${base}/api/my/attempts/${attempt.id}/answers`, {
              method: 'PUT',
              headers: headers(tr.cookie),
              body: JSON.stringify({ questionId: question.id, answer: { optionId: 'o1' } }),
            }),
          ),
        );
      }
      const clicks = i % DOUBLE_CLICK_EVERY === 0 ? 2 : 1;
      const answers = await Promise.all(
        Array.from({ length: clicks }, () =>
          timed(submits, async () =>
            json(await post(`${base}/api/my/attempts/${attempt.id}/submit`, tr.cookie)),
          ),
        ),
      );
      const same = answers.every((a) => JSON.stringify(a) === JSON.stringify(answers[0]));
      return { attemptId: attempt.id, enrolmentId: tr.enrolmentId, answer: answers[0], same };
    }),
  );
  return { results, starts, saves, submits, seconds: (performance.now() - began) / 1000 };
}

/**
 * Every attempt as stored: one per trainee, submitted, graded with all 20 answers, and its
 * submission time the one the trainee was told (a second grading would have moved it).
 */
export async function checkRoom(databaseUrl, quizId, results) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `SELECT id, enrolment_id, submitted_at, score, graded IS NOT NULL AS graded,
            (SELECT count(*) FROM jsonb_object_keys(answers))::int AS answered
       FROM quiz_attempts WHERE quiz_id = $1`,
    [quizId],
  );
  await client.end();
  const stored = new Map(rows.map((r) => [r.id, r]));
  const perEnrolment = new Map();
  for (const r of rows) perEnrolment.set(r.enrolment_id, (perEnrolment.get(r.enrolment_id) ?? 0) + 1);
  const problems = [];
  for (const r of results) {
    const row = stored.get(r.attemptId);
    if (!row) problems.push(`${r.attemptId}: not stored`);
    else if (perEnrolment.get(r.enrolmentId) !== 1)
      problems.push(`${r.attemptId}: ${perEnrolment.get(r.enrolmentId)} attempts`);
    else if (!row.submitted_at || !row.graded) problems.push(`${r.attemptId}: not graded`);
    else if (
      row.answered !== QUESTIONS ||
      Number(row.score) !== QUESTIONS ||
      r.answer.result?.score !== QUESTIONS
    )
      problems.push(
        `${r.attemptId}: ${row.answered} answers stored, score ${row.score}/${r.answer.result?.score}`,
      );
    else if (row.submitted_at.toISOString() !== r.answer.submittedAt)
      problems.push(`${r.attemptId}: graded again`);
    else if (!r.same) problems.push(`${r.attemptId}: the double click got two different results`);
  }
  return problems;
}

export function latencyTable(title, lists) {
  const row = (name, list) =>
    `| ${name} | ${list.length} | ${pct(list, 50).toFixed(1)} | ${pct(list, 95).toFixed(1)} | ${pct(list, 99).toFixed(1)} |`;
  return [
    `| ${title} | count | p50 ms | p95 ms | p99 ms |`,
    '|---|---:|---:|---:|---:|',
    ...Object.entries(lists).map(([name, list]) => row(name, list)),
  ].join('\n');
}
