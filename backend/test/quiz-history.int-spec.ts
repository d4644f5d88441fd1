import type { Dashboard, QuizSummaryForTrainee, SessionQuizResults, TrainingDetail } from '@atolye/shared';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { publishQuizFixture } from './support/quiz-fixture';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, enrolByHand, moduleVersionIds } from './support/training-factories';

const MINUTE = 60_000;

/**
 * Knowledge gain is the best post-test minus the first pre-test, wherever it is read, and a
 * session moved to a newer module version keeps its quiz history: in version 1.1.0 the pre-test's
 * questions changed and the post-test's did not.
 */
describe('knowledge gain and quiz history across version moves', () => {
  let t: TestApp;
  let coordinator: { person: { id: string }; cookie: string };
  let training: TrainingDetail;
  let sessionId: string;
  let rana: { enrolmentId: string; cookie: string };
  let ahmet: { enrolmentId: string; cookie: string };
  let oldQuiz: Record<'pre_test' | 'post_test', string>;

  beforeAll(async () => {
    t = await createTestApp();
    await publishQuizFixture(t, { slug: 'history-fixture' });
    coordinator = await signedIn(t, ['coordinator']);
    training = await createTraining(t, coordinator.cookie, { modules: ['history-fixture'] });
    sessionId = (await createSession(t, coordinator.cookie, training.id)).id;
    const enrol = async (fullName: string) => {
      const person = await createPerson(t.db, { fullName });
      return {
        enrolmentId: await enrolByHand(t, coordinator.cookie, sessionId, person.id),
        cookie: await sessionCookieFor(t.db, person.id),
      };
    };
    rana = await enrol('Rana Aksoy');
    ahmet = await enrol('Ahmet Yıldız');
    const quizzes: { id: string; kind: 'pre_test' | 'post_test' }[] = await t.db.query(
      `SELECT q.id, q.kind FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
        WHERE m.slug = 'history-fixture' AND m.version = '1.0.0' AND q.kind IN ('pre_test', 'post_test')`,
    );
    oldQuiz = Object.fromEntries(quizzes.map((q) => [q.kind, q.id])) as typeof oldQuiz;
    let minutes = 0;
    const attempt = async (
      enrolmentId: string,
      kind: 'pre_test' | 'post_test',
      number: number,
      percent: number,
    ) =>
      t.db.query(
        `INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, answers, max_score, score, percent, passed, started_at, submitted_at, graded)
         VALUES ($1, $2, $3, '{"questionIds":[],"order":{}}', '{}', 8, $4 * 8 / 100, $4, $4 >= $5, $6, $6, '{}')`,
        [
          oldQuiz[kind],
          enrolmentId,
          number,
          percent,
          kind === 'post_test' ? 70 : 0,
          new Date(Date.now() - 60 * MINUTE + ++minutes * MINUTE),
        ],
      );
    // Rana took the pre-test twice (20, then 60) and the post-test once (80): her gain is
    // 80 − 20 = 60, anchored on her first pre-test, not 80 − 60.
    await attempt(rana.enrolmentId, 'pre_test', 1, 20);
    await attempt(rana.enrolmentId, 'pre_test', 2, 60);
    await attempt(rana.enrolmentId, 'post_test', 1, 80);
    // Ahmet: pre-test 50; post-test 65 (not passed), then 75: gain 75 − 50 = 25.
    await attempt(ahmet.enrolmentId, 'pre_test', 1, 50);
    await attempt(ahmet.enrolmentId, 'post_test', 1, 65);
    await attempt(ahmet.enrolmentId, 'post_test', 2, 75);
  });
  afterAll(() => t.close());

  const results = async (): Promise<SessionQuizResults> =>
    (
      await t
        .http()
        .get(`/api/sessions/${sessionId}/quiz-results`)
        .set('Cookie', coordinator.cookie)
        .expect(200)
    ).body;
  const dashboard = async (): Promise<Dashboard> =>
    (
      await t
        .http()
        .get('/api/reports/dashboard')
        .query({ sessionId })
        .set('Cookie', coordinator.cookie)
        .expect(200)
    ).body;
  const traineeQuizzes = async (who: {
    enrolmentId: string;
    cookie: string;
  }): Promise<QuizSummaryForTrainee[]> =>
    (
      await t
        .http()
        .get(`/api/my/enrolments/${who.enrolmentId}/quizzes`)
        .set('Cookie', who.cookie)
        .expect(200)
    ).body;

  /** Pre, post and gain per trainee and their averages, identical before and after the move. */
  const expectGains = (r: SessionQuizResults, postTestId: string) => {
    const byName = Object.fromEntries(r.trainees.map((x) => [x.fullName, x]));
    expect(byName['Rana Aksoy'].knowledge[postTestId]).toEqual({ pre: 20, post: 80, gain: 60 });
    expect(byName['Ahmet Yıldız'].knowledge[postTestId]).toEqual({ pre: 50, post: 75, gain: 25 });
    expect(r.averageGain).toEqual([
      // (20 + 50) / 2 = 35 before, (80 + 75) / 2 = 77.5 after, (60 + 25) / 2 = 42.5 points.
      { postTestQuizId: postTestId, preAverage: 35, postAverage: 77.5, average: 42.5, trainees: 2 },
    ]);
  };

  it('defines the gain as the best post-test minus the first pre-test, in the results and on the dashboard', async () => {
    expectGains(await results(), oldQuiz.post_test);
    const board = await dashboard();
    expect(board.measures.average_knowledge_gain).toBe(42.5);
    expect(board.knowledgeGainBySession).toEqual([
      expect.objectContaining({ sessionId, averageGain: 42.5, trainees: 2 }),
    ]);
  });

  it('carries attempts at an unchanged quiz over a version move and keeps those at a changed one in the history', async () => {
    await publishQuizFixture(t, { version: '1.1.0', changedQuiz: 'pre-test', slug: 'history-fixture' });
    await t
      .http()
      .put(`/api/trainings/${training.id}`)
      .set('Cookie', coordinator.cookie)
      .send({
        title: training.title,
        description: training.description,
        languages: training.languages,
        moduleVersionIds: await moduleVersionIds(t, ['history-fixture']),
        completionRule: training.completionRule,
      })
      .expect(200);
    await t
      .http()
      .post(`/api/sessions/${sessionId}/move-to-latest-revision`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    const [newPost] = await t.db.query(
      `SELECT q.id FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
        WHERE m.slug = 'history-fixture' AND m.version = '1.1.0' AND q.kind = 'post_test'`,
    );

    // The unchanged post-test: the same attempts used and the same scores, on the new version's quiz.
    const after = await results();
    const ahmetAfter = after.trainees.find((x) => x.fullName === 'Ahmet Yıldız');
    expect(ahmetAfter?.quizzes[newPost.id]).toEqual({ best: 75, latest: 75, passed: true, attempts: 2 });
    // The changed pre-test: its attempts stay under the earlier version's quiz, shown as such.
    expect(after.quizzes.find((q) => q.id === oldQuiz.pre_test)).toMatchObject({ earlierVersion: true });
    expect(after.trainees.find((x) => x.fullName === 'Rana Aksoy')?.quizzes[oldQuiz.pre_test]).toMatchObject({
      attempts: 2,
      best: 60,
    });
    // The first pre-test attempt still anchors the gain: nothing changed.
    expectGains(after, newPost.id);
    expect((await dashboard()).measures.average_knowledge_gain).toBe(42.5);

    // The trainee sees the same: the post-test with its two attempts used, the new pre-test with
    // the earlier version's scores beside it.
    const mine = await traineeQuizzes(ahmet);
    expect(mine.find((q) => q.kind === 'post_test')).toMatchObject({
      id: newPost.id,
      attemptsUsed: 2,
      bestPercent: 75,
      passed: true,
      earlierAttempts: [],
    });
    const ranaPre = (await traineeQuizzes(rana)).find((q) => q.kind === 'pre_test');
    expect(ranaPre?.attemptsUsed).toBe(0);
    expect(ranaPre?.earlierAttempts.map((a) => a.percent)).toEqual([20, 60]);
  });
});
