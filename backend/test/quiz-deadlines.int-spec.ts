import type { AttemptView, HomeOverview, QuizSummaryForTrainee, SessionQuizDeadlines } from '@atolye/shared';
import { NoticeRun } from '../src/notifications/notices/notice-run.service';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { publishQuizFixture } from './support/quiz-fixture';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, moduleVersionIds } from './support/training-factories';

const HOUR = 3600_000;

describe('quiz deadlines and "quiz closing soon"', () => {
  let t: TestApp;
  let other: TestApp;
  let coordinator: { cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    // A second API instance on the same database, as in a deployment with two.
    other = await createTestApp();
    await publishQuizFixture(t, { slug: 'deadlines-fixture' });
    coordinator = await signedIn(t, ['coordinator']);
    trainingId = (await createTraining(t, coordinator.cookie, { modules: ['deadlines-fixture'] })).id;
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  const newSession = async () =>
    (await createSession(t, coordinator.cookie, trainingId, { capacity: 50 })) as { id: string };
  const setDeadlines = (sessionId: string, deadlines: object[]) =>
    t
      .http()
      .put(`/api/sessions/${sessionId}/quiz-deadlines`)
      .set('Cookie', coordinator.cookie)
      .send({ deadlines });

  async function trainee(sessionId: string) {
    const person = await createPerson(t.db);
    const cookie = await sessionCookieFor(t.db, person.id);
    const enrolment = (
      await t
        .http()
        .post(`/api/sessions/${sessionId}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: person.id })
        .expect(201)
    ).body as { id: string };
    const quizzes = async (): Promise<QuizSummaryForTrainee[]> =>
      (await t.http().get(`/api/my/enrolments/${enrolment.id}/quizzes`).set('Cookie', cookie).expect(200))
        .body;
    const post = (await quizzes()).find((q) => q.kind === 'post_test') as QuizSummaryForTrainee;
    const start = (quizId: string) =>
      t.http().post(`/api/my/enrolments/${enrolment.id}/quizzes/${quizId}/attempts`).set('Cookie', cookie);
    return { person, cookie, enrolment, quizzes, post, start };
  }

  it('lets the coordinator set a closing time per pre- and post-test, and names a bad field', async () => {
    const session = await newSession();
    const empty: SessionQuizDeadlines = (
      await t
        .http()
        .get(`/api/sessions/${session.id}/quiz-deadlines`)
        .set('Cookie', coordinator.cookie)
        .expect(200)
    ).body;
    expect(empty.timeZone).toBe('Europe/Istanbul');
    expect(empty.quizzes.map((q) => [q.moduleSlug, q.quizSlug, q.kind, q.closesAt])).toEqual([
      ['deadlines-fixture', 'pre-test', 'pre_test', null],
      ['deadlines-fixture', 'post-test', 'post_test', null],
    ]);

    const saved: SessionQuizDeadlines = (
      await setDeadlines(session.id, [
        { moduleSlug: 'deadlines-fixture', quizSlug: 'post-test', closesAt: '2027-03-05T17:00:00+03:00' },
      ]).expect(200)
    ).body;
    expect(saved.quizzes.find((q) => q.quizSlug === 'post-test')?.closesAt).toBe('2027-03-05T14:00:00.000Z');

    const badTime = await setDeadlines(session.id, [
      { moduleSlug: 'deadlines-fixture', quizSlug: 'post-test', closesAt: 'next friday' },
    ]).expect(400);
    expect(badTime.body.details.map((d: { field: string }) => d.field)).toEqual(['deadlines.0.closesAt']);
    const unknown = await setDeadlines(session.id, [
      { moduleSlug: 'deadlines-fixture', quizSlug: 'every-type', closesAt: '2027-03-05T17:00:00+03:00' },
    ]).expect(400);
    expect(unknown.body.details).toEqual([
      { field: 'deadlines.0.quizSlug', reason: "not a pre- or post-test of this session's training" },
    ]);
    // Refused input changed nothing.
    const after: SessionQuizDeadlines = (
      await t
        .http()
        .get(`/api/sessions/${session.id}/quiz-deadlines`)
        .set('Cookie', coordinator.cookie)
        .expect(200)
    ).body;
    expect(after).toEqual(saved);
  });

  it('shows the deadline on the quiz list and the home, soonest first, in the session zone', async () => {
    const session = await newSession();
    const me = await trainee(session.id);
    const preCloses = new Date(Date.now() + 5 * 24 * HOUR);
    const postCloses = new Date(Date.now() + 2 * 24 * HOUR);
    await setDeadlines(session.id, [
      { moduleSlug: 'deadlines-fixture', quizSlug: 'pre-test', closesAt: preCloses.toISOString() },
      { moduleSlug: 'deadlines-fixture', quizSlug: 'post-test', closesAt: postCloses.toISOString() },
    ]).expect(200);

    const list = await me.quizzes();
    expect(list.find((q) => q.kind === 'post_test')).toMatchObject({
      closesAt: postCloses.toISOString(),
      timeZone: 'Europe/Istanbul',
    });
    expect(list.find((q) => q.kind === 'knowledge_check')?.closesAt).toBeNull();

    const home: HomeOverview = (await t.http().get('/api/home').set('Cookie', me.cookie).expect(200)).body;
    const mine = home.trainee?.openQuizzes.filter((q) => q.enrolmentId === me.enrolment.id) ?? [];
    // The post-test closes first, so it comes first although pre-tests are usually listed first.
    expect(mine.map((q) => [q.kind, q.closesAt && new Date(q.closesAt).toISOString(), q.timeZone])).toEqual([
      ['post_test', postCloses.toISOString(), 'Europe/Istanbul'],
      ['pre_test', preCloses.toISOString(), 'Europe/Istanbul'],
    ]);
  });

  it('refuses a start after the deadline, and grades an attempt under way with the answers saved', async () => {
    const session = await newSession();
    const me = await trainee(session.id);
    const attempt: AttemptView = (await me.start(me.post.id).expect(200)).body;
    await t
      .http()
      .put(`/api/my/attempts/${attempt.id}/answers`)
      .set('Cookie', me.cookie)
      .send({ questionId: 'q03', answer: { value: true } })
      .expect(200);

    // The coordinator closes the post-test now (a minute ago).
    await setDeadlines(session.id, [
      {
        moduleSlug: 'deadlines-fixture',
        quizSlug: 'post-test',
        closesAt: new Date(Date.now() - 60_000).toISOString(),
      },
    ]).expect(200);

    const late = await t
      .http()
      .put(`/api/my/attempts/${attempt.id}/answers`)
      .set('Cookie', me.cookie)
      .send({ questionId: 'q01', answer: { optionId: 'o1' } })
      .expect(409);
    expect(late.body.code).toBe('quiz.timeUp');
    const submitted: AttemptView = (
      await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Cookie', me.cookie).expect(200)
    ).body;
    expect(submitted.answers).toEqual({ q03: { value: true } });
    expect(submitted.result).not.toBeNull();

    const refused = await me.start(me.post.id).expect(409);
    expect(refused.body).toMatchObject({ code: 'quiz.closed' });
    const [{ count }] = await t.db.query(
      'SELECT count(*)::int AS count FROM quiz_attempts WHERE enrolment_id = $1',
      [me.enrolment.id],
    );
    expect(count).toBe(1);
    // Closed quizzes leave the home's "tests still to take".
    const home: HomeOverview = (await t.http().get('/api/home').set('Cookie', me.cookie).expect(200)).body;
    expect(
      home.trainee?.openQuizzes.filter((q) => q.enrolmentId === me.enrolment.id).map((q) => q.kind),
    ).toEqual(['pre_test']);
  });

  it('sends "quiz closing" once, two days ahead, to those who still have it to take; opt-out respected', async () => {
    const session = await newSession();
    const [waiting, passer, quiet] = [
      await trainee(session.id),
      await trainee(session.id),
      await trainee(session.id),
    ];
    // One passes the post-test before the notice.
    const attempt: AttemptView = (await passer.start(passer.post.id).expect(200)).body;
    await t.db.query(
      `UPDATE quiz_attempts SET submitted_at = now(), score = 1, percent = 100, passed = true
        WHERE id = $1`,
      [attempt.id],
    );
    await t
      .http()
      .put('/api/me/mail-preferences')
      .set('Cookie', quiet.cookie)
      .send({ optedOut: ['quiz_closing'] })
      .expect(200, { optedOut: ['quiz_closing'] });
    const closesAt = new Date(Date.now() + 30 * HOUR);
    await setDeadlines(session.id, [
      { moduleSlug: 'deadlines-fixture', quizSlug: 'post-test', closesAt: closesAt.toISOString() },
    ]).expect(200);

    // Three days ahead nothing is due yet.
    await t.app.get(NoticeRun).run(new Date(closesAt.getTime() - 72 * HOUR));
    const people = [waiting, passer, quiet].map((p) => p.person.id);
    const notified = async () =>
      (
        await t.db.query(
          `SELECT person_id FROM notifications WHERE kind = 'quiz_closing' AND person_id = ANY($1) ORDER BY person_id`,
          [people],
        )
      ).map((r: { person_id: string }) => r.person_id);
    expect(await notified()).toEqual([]);

    const now = new Date();
    await Promise.all([t.app.get(NoticeRun).run(now), other.app.get(NoticeRun).run(now)]);
    await t.app.get(NoticeRun).run(new Date(now.getTime() + HOUR));
    expect(await notified()).toEqual([waiting.person.id, quiet.person.id].sort());

    const mails = await t.db.query(
      `SELECT recipient, subject, text_body, html_body, list_unsubscribe FROM mail_outbox
        WHERE kind = 'quiz_closing' AND recipient = ANY($1)`,
      [[waiting, passer, quiet].map((p) => p.person.email)],
    );
    expect(mails.map((m: { recipient: string }) => m.recipient)).toEqual([waiting.person.email]);
    expect(mails[0].subject).toMatch(/^Quiz closing soon: /);
    expect(mails[0].text_body).toContain('(Istanbul time)');
    expect(mails[0].text_body).toContain(`/learn/enrolments/${waiting.enrolment.id}`);
    expect(mails[0].html_body).toContain('Quiz closing soon');
    expect(mails[0].list_unsubscribe).toMatch(/\/unsubscribe\?token=[A-Za-z0-9_-]{32}&kind=quiz_closing$/);

    const bell = (await t.http().get('/api/my/notifications').set('Cookie', waiting.cookie).expect(200)).body;
    expect(bell.items[0]).toMatchObject({
      kind: 'quiz_closing',
      link: `/learn/enrolments/${waiting.enrolment.id}`,
      params: { closesAt: closesAt.toISOString(), timeZone: 'Europe/Istanbul' },
    });
  });

  // Last: it publishes a newer version of the fixture module.
  it('keeps the deadlines when the session moves to a newer version of its training', async () => {
    const session = await newSession();
    const me = await trainee(session.id);
    const closesAt = '2027-03-05T14:00:00.000Z';
    await setDeadlines(session.id, [
      { moduleSlug: 'deadlines-fixture', quizSlug: 'post-test', closesAt },
    ]).expect(200);
    await publishQuizFixture(t, { version: '1.1.0', changedQuiz: 'pre-test', slug: 'deadlines-fixture' });
    const training = (
      await t.http().get(`/api/trainings/${trainingId}`).set('Cookie', coordinator.cookie).expect(200)
    ).body;
    await t
      .http()
      .put(`/api/trainings/${trainingId}`)
      .set('Cookie', coordinator.cookie)
      .send({
        title: training.title,
        description: training.description,
        languages: training.languages,
        moduleVersionIds: await moduleVersionIds(t, ['deadlines-fixture']),
        completionRule: training.completionRule,
      })
      .expect(200);
    await t
      .http()
      .post(`/api/sessions/${session.id}/move-to-latest-revision`)
      .set('Cookie', coordinator.cookie)
      .expect(200);

    const post = (await me.quizzes()).find((q) => q.kind === 'post_test') as QuizSummaryForTrainee;
    expect(post.id).not.toBe(me.post.id);
    expect(post.closesAt).toBe(closesAt);
  });
});
