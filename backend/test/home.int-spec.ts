import type { HomeOverview } from '@atolye/shared';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();
const meeting = (from: number, hours: number, topic: string) => ({
  startsAt: at(from),
  endsAt: at(from + hours * HOUR),
  topic,
});

/** The same day on the wall calendar of the zone. */
function sameLocalDay(a: Date, b: Date, zone: string): boolean {
  const day = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: zone });
  return day(a) === day(b);
}

describe('the "what now" home of each role', () => {
  let t: TestApp;
  let coordinator: { cookie: string };
  let trainer: { cookie: string; person: { id: string } };
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainer = await signedIn(t, ['trainer']);
    trainingId = (
      await createTraining(t, coordinator.cookie, { modules: ['international-protection-legal-framework'] })
    ).id;
  });
  afterAll(() => t.close());

  const home = async (cookie: string): Promise<HomeOverview> =>
    (await t.http().get('/api/home').set('Cookie', cookie).expect(200)).body;

  it('shows Rana today’s meeting with check-in open, the next lesson, her tests, an evaluation and a certificate', async () => {
    const rana = await createPerson(t.db, { fullName: 'Rana Al-Khatib' });
    const cookie = await sessionCookieFor(t.db, rana.id);
    const trainerIds = [trainer.person.id];
    const running = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Gaziantep cohort',
      trainerIds,
      meetings: [meeting(-30 * MINUTE, 3, 'Legal framework'), meeting(7 * DAY, 3, 'Non-refoulement')],
    });
    const later = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Hatay cohort',
      meetings: [meeting(10 * MINUTE, 2, 'Temporary protection'), meeting(2 * DAY, 2, 'EU acquis')],
    });
    const ended = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Kilis cohort',
      trainerIds,
      meetings: [meeting(-3 * DAY, 3, 'Day one'), meeting(-2 * DAY, 3, 'Day two')],
    });
    const waiting = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Şanlıurfa cohort',
      enrolmentPolicy: 'approval',
    });
    const enrolments = {
      running: await enrolByHand(t, coordinator.cookie, running.id, rana.id),
      later: await enrolByHand(t, coordinator.cookie, later.id, rana.id),
      ended: await enrolByHand(t, coordinator.cookie, ended.id, rana.id),
    };
    await t.http().post(`/api/sessions/${waiting.id}/enrol`).set('Cookie', cookie).expect(201);

    const lessons: { id: string; slug: string }[] = await t.db.query(
      `SELECT l.id, l.slug FROM lessons l JOIN training_revisions r ON l.module_version_id = ANY(r.module_version_ids)
        JOIN enrolments e ON e.training_revision_id = r.id WHERE e.id = $1 ORDER BY l.position`,
      [enrolments.running],
    );
    expect(lessons.map((l) => l.slug)).toEqual([
      '01-the-1951-convention-and-1967-protocol',
      '02-law-6458-and-temporary-protection',
      '03-non-refoulement-in-practice',
      '04-eu-asylum-acquis-and-eu-turkey-statement',
    ]);
    await t
      .http()
      .put(`/api/my/enrolments/${enrolments.running}/lessons/${lessons[0].id}/complete`)
      .set('Cookie', cookie)
      .expect(200);

    const first = (await home(cookie)).trainee;
    if (!first) throw new Error('a trainee has a trainee home');
    // Today's meetings: the one under way (check-in open), and the one in ten minutes when it is
    // still today in Istanbul (its check-in opens 15 minutes before it starts, so it is open too).
    const soonToday = sameLocalDay(new Date(), new Date(Date.now() + 10 * MINUTE), 'Europe/Istanbul');
    expect(first.meetingsToday.map((m) => [m.sessionTitle, m.topic, m.checkInOpen, m.checkedIn])).toEqual([
      ['Gaziantep cohort', 'Legal framework', true, false],
      ...(soonToday ? [['Hatay cohort', 'Temporary protection', true, false]] : []),
    ]);
    expect(first.meetingsToday[0]).toMatchObject({
      meetingId: running.meetings[0].id,
      enrolmentId: enrolments.running,
      place: 'Şahinbey Kültür Merkezi, Gaziantep',
      timeZone: 'Europe/Istanbul',
    });

    // The next lesson of each seat: the second of four where one is done, else the first.
    expect(
      first.nextLessons.map((n) => [n.sessionTitle, n.lessonId, n.completedLessons, n.totalLessons]),
    ).toEqual([
      ['Gaziantep cohort', lessons[1].id, 1, 4],
      ['Hatay cohort', lessons[0].id, 0, 4],
      ['Kilis cohort', lessons[0].id, 0, 4],
    ]);
    expect(first.nextLessons[0].lessonTitle.en).toBeTruthy();

    // The pre- and post-test of each of the three seats, none begun.
    expect(first.openQuizzes).toHaveLength(6);
    expect(new Set(first.openQuizzes.map((q) => q.kind))).toEqual(new Set(['pre_test', 'post_test']));
    expect(first.openQuizzes.every((q) => q.openAttemptId === null && q.deadlineAt === null)).toBe(true);

    expect(first.evaluationsDue).toEqual([
      { enrolmentId: enrolments.ended, trainingTitle: expect.any(Object), sessionTitle: 'Kilis cohort' },
    ]);
    expect(first.certificates).toEqual([]);

    // Checked in, pre-test taken, evaluation given, certificate issued: each leaves the list.
    await t
      .http()
      .put(`/api/meetings/${running.meetings[0].id}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({ marks: [{ enrolmentId: enrolments.running, status: 'present' }] })
      .expect(200);
    const preTest = first.openQuizzes.find(
      (q) => q.enrolmentId === enrolments.running && q.kind === 'pre_test',
    ) as { quizId: string };
    await t.db.query(
      `INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, max_score, submitted_at, score, percent, passed)
       VALUES ($1, $2, 1, '[]', 10, now(), 3, 30, false)`,
      [preTest.quizId, enrolments.running],
    );
    await t
      .http()
      .post(`/api/my/enrolments/${enrolments.ended}/evaluation`)
      .set('Cookie', cookie)
      .send({
        ratings: { relevance: 5, trainer: 4, materials: 4, organisation: 5 },
        comments: null,
        anonymous: false,
      })
      .expect(201);
    await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId: enrolments.ended, overrideReason: 'Attended both days; lessons read on paper.' })
      .expect(201);

    const second = (await home(cookie)).trainee;
    if (!second) throw new Error('a trainee has a trainee home');
    expect(second.meetingsToday[0]).toMatchObject({ meetingId: running.meetings[0].id, checkedIn: true });
    // Certified, the Kilis enrolment is completed: its tests and lessons are no longer asked for.
    expect(second.openQuizzes.map((q) => [q.sessionTitle, q.kind])).toEqual([
      ['Gaziantep cohort', 'post_test'],
      ['Hatay cohort', 'pre_test'],
      ['Hatay cohort', 'post_test'],
    ]);
    expect(second.nextLessons.map((n) => n.sessionTitle)).toEqual(['Gaziantep cohort', 'Hatay cohort']);
    expect(
      second.openQuizzes.some((q) => q.enrolmentId === enrolments.running && q.kind === 'pre_test'),
    ).toBe(false);
    expect(second.evaluationsDue).toEqual([]);
    expect(second.certificates).toEqual([
      {
        certificateId: expect.any(String),
        trainingTitle: expect.objectContaining({ en: 'Protection essentials for CSO staff' }),
        serial: expect.stringMatching(/^ATL-/),
        issuedAt: expect.any(String),
      },
    ]);

    // Their trainer: the two meetings still to come of the sessions taught, the held meetings
    // with Rana unmarked, and the evaluation received.
    const teaching = (await home(trainer.cookie)).trainer;
    if (!teaching) throw new Error('a trainer has a trainer home');
    expect(teaching.meetings.map((m) => [m.meetingId, m.today])).toEqual([
      [running.meetings[0].id, true],
      [running.meetings[1].id, false],
    ]);
    expect(teaching.unmarked.map((m) => [m.meetingId, m.unmarked])).toEqual([
      [ended.meetings[1].id, 1],
      [ended.meetings[0].id, 1],
    ]);
    expect(teaching.evaluations).toEqual([
      { sessionId: ended.id, sessionTitle: 'Kilis cohort', submitted: 1, participants: 1 },
    ]);
    expect((await home(trainer.cookie)).trainee).toBeNull();

    // The coordinator: Rana's request waits in Şanlıurfa; Kilis has ended and, its one
    // participant certified, is no longer waiting for certificates.
    const queues = (await home(coordinator.cookie)).coordinator;
    if (!queues) throw new Error('a coordinator has a coordinator home');
    expect(queues.applicationsWaiting).toContainEqual({
      sessionId: waiting.id,
      sessionTitle: 'Şanlıurfa cohort',
      count: 1,
    });
    expect(queues.readyForCertificates.map((s) => s.sessionId)).not.toContain(ended.id);
  });

  it('lists for coordinators sessions ready for certificates, imports with rejected rows and indicators off track', async () => {
    const ended = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Adana cohort',
      meetings: [meeting(-5 * DAY, 3, 'Only day')],
    });
    const people = await Promise.all([createPerson(t.db), createPerson(t.db), createPerson(t.db)]);
    for (const person of people) await enrolByHand(t, coordinator.cookie, ended.id, person.id);
    const [job] = await t.db.query(
      `INSERT INTO import_jobs (session_id, started_by, file_name, status, total, processed)
       SELECT $1, id, 'adana.csv', 'finished', 3, 3 FROM people WHERE roles @> '{coordinator}' LIMIT 1 RETURNING id`,
      [ended.id],
    );
    await t.db.query(
      `INSERT INTO import_job_rows (job_id, row, report) VALUES
         ($1, 2, '{"row":2,"email":"a@example.org","outcome":"enrolled"}'),
         ($1, 3, '{"row":3,"email":"b","outcome":"rejected","reason":"email \\"b\\" is not a valid email address"}'),
         ($1, 4, '{"row":4,"email":"","outcome":"rejected","reason":"full_name is missing"}')`,
      [job.id],
    );
    const from = new Date(Date.now() - 300 * DAY).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10);
    const [indicator] = await t.db.query(
      `INSERT INTO indicators (code, title, measure, target, period_start, period_end) VALUES
         ('HOME-1', '{"en":"People trained","tr":"Eğitilen kişi"}', 'people_enrolled', 1000000, $1, $2),
         ('HOME-2', '{"en":"Provinces","tr":"İller"}', 'provinces_reached', 0, $1, $2)
       RETURNING id`,
      [from, to],
    );

    const queues = (await home(coordinator.cookie)).coordinator;
    if (!queues) throw new Error('a coordinator has a coordinator home');
    expect(queues.readyForCertificates).toContainEqual({
      sessionId: ended.id,
      sessionTitle: 'Adana cohort',
      count: 3,
    });
    expect(queues.importsWithRejections).toContainEqual({
      importId: job.id,
      sessionId: ended.id,
      sessionTitle: 'Adana cohort',
      fileName: 'adana.csv',
      rejected: 2,
      startedAt: expect.any(String),
    });
    // Specs share a database: other specs' indicators may be off track too; of this spec's two,
    // only the one far from its target is.
    expect(queues.indicatorsOffTrack.filter((i) => i.code.startsWith('HOME-'))).toEqual([
      { id: indicator.id, code: 'HOME-1', title: { en: 'People trained', tr: 'Eğitilen kişi' } },
    ]);
    expect((await home(coordinator.cookie)).admin).toBeNull();
  });

  it('shows administrators the mails that failed and the accounts locked by failed sign-ins', async () => {
    const admin = await signedIn(t, ['admin']);
    const before = (await home(admin.cookie)).admin?.failedMails ?? 0;
    await t.db.query(
      `INSERT INTO mail_outbox (kind, recipient, language, subject, text_body, html_body, status, attempts, last_error)
       VALUES ('password_reset', 'x@example.org', 'en', 's', 't', 'h', 'failed', 5, '550 mailbox unavailable'),
              ('password_reset', 'y@example.org', 'en', 's', 't', 'h', 'sent', 1, NULL)`,
    );
    const locked = await createPerson(t.db, { fullName: 'Elena Papadopoulou' });
    const almost = await createPerson(t.db);
    // As many failures as the throttle allows per account, the oldest 5 minutes ago; one fewer for the other.
    const limit = t.config.loginMaxFailuresPerAccount;
    await t.db.query(
      `INSERT INTO login_failures (email, address, at)
       SELECT $1, '203.0.113.7', now() - make_interval(secs => n * 300.0 / $2) FROM generate_series(1, $2) n`,
      [locked.email, limit],
    );
    await t.db.query(
      `INSERT INTO login_failures (email, address, at) SELECT $1, '203.0.113.8', now() FROM generate_series(1, $2 - 1)`,
      [almost.email, limit],
    );
    const overview = (await home(admin.cookie)).admin;
    if (!overview) throw new Error('an administrator has an admin home');
    expect(overview.failedMails).toBe(before + 1);
    const entry = overview.lockedAccounts.find((a) => a.personId === locked.id);
    // The failures fill the 15-minute window's allowance; the oldest was 5 minutes ago, so the lock
    // lifts 15 minutes after it: in about 10 minutes.
    expect(entry).toMatchObject({ fullName: 'Elena Papadopoulou', email: locked.email });
    const inMinutes =
      (new Date((entry as { lockedUntil: string }).lockedUntil).getTime() - Date.now()) / MINUTE;
    expect(inMinutes).toBeGreaterThan(9);
    expect(inMinutes).toBeLessThan(10.1);
    expect(overview.lockedAccounts.map((a) => a.personId)).not.toContain(almost.id);
  });

  it('answers anonymous callers 401', async () => {
    await t.http().get('/api/home').expect(401);
  });
});
