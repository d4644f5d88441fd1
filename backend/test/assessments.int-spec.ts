import type { AttemptView, QuizSummaryForTrainee, SessionQuizResults } from '@atolye/shared';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { publishQuizFixture } from './support/quiz-fixture';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining } from './support/training-factories';

/** Keys of the answer key and feedback that must never reach a trainee before review. */
const SECRET_KEYS = [
  '"correct"',
  '"weight"',
  '"feedback"',
  '"generalFeedback"',
  '"accept"',
  '"answer"',
  '"answers"',
  '"pairs"',
  '"distractors"',
  '"tolerance"',
  '"otherwise"',
  '"min"',
  '"max"',
  '"feedbackTrue"',
  '"feedbackFalse"',
  '"correctAnswer"',
  '"matches"',
  '"layout"',
  'SECRET',
  'GİZLİ',
];

/** The right answer to a matching question, found by the texts: its ids are drawn per attempt. */
function pairsByText(
  attempt: AttemptView,
  questionId: string,
  key: Record<string, string>,
): Record<string, string> {
  const question = attempt.questions.find((q) => q.id === questionId);
  return Object.fromEntries(
    (question?.left ?? []).map((left) => [
      left.id,
      question?.right?.find((right) => right.text.en === key[left.text.en as string])?.id as string,
    ]),
  );
}
const Q06_KEY = { Refugee: 'European events', 'Conditional refugee': 'Non-European events' };

function expectNoKey(body: unknown): void {
  // The trainee's own answers are theirs to see; everything else must carry no key.
  const { answers: _own, ...rest } = body as Record<string, unknown>;
  const text = JSON.stringify(rest);
  for (const key of SECRET_KEYS) expect(text).not.toContain(key);
}

describe('assessments', () => {
  let t: TestApp;
  let coordinator: { cookie: string };
  let trainer: { person: { id: string }; cookie: string };
  let sessionId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishQuizFixture(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainer = await signedIn(t, ['trainer']);
    const training = await createTraining(t, coordinator.cookie, { modules: ['assessment-fixture'] });
    sessionId = (
      await createSession(t, coordinator.cookie, training.id, {
        capacity: 500,
        trainerIds: [trainer.person.id],
      })
    ).id;
  });
  afterAll(() => t.close());

  async function trainee() {
    const person = await createPerson(t.db);
    const cookie = await sessionCookieFor(t.db, person.id);
    const enrolment = (
      await t
        .http()
        .post(`/api/sessions/${sessionId}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: person.id })
        .expect(201)
    ).body;
    const quizzes: QuizSummaryForTrainee[] = (
      await t.http().get(`/api/my/enrolments/${enrolment.id}/quizzes`).set('Cookie', cookie).expect(200)
    ).body;
    const pre = quizzes.find((q) => q.kind === 'pre_test') as QuizSummaryForTrainee;
    const post = quizzes.find((q) => q.kind === 'post_test') as QuizSummaryForTrainee;
    const everyType = quizzes.find((q) => q.slug === 'every-type') as QuizSummaryForTrainee;
    const start = async (quizId: string): Promise<AttemptView> =>
      (
        await t
          .http()
          .post(`/api/my/enrolments/${enrolment.id}/quizzes/${quizId}/attempts`)
          .set('Cookie', cookie)
          .expect(200)
      ).body;
    const save = (attemptId: string, questionId: string, answer: object | null) =>
      t
        .http()
        .put(`/api/my/attempts/${attemptId}/answers`)
        .set('Cookie', cookie)
        .send({ questionId, answer });
    const submit = async (attemptId: string): Promise<AttemptView> =>
      (await t.http().post(`/api/my/attempts/${attemptId}/submit`).set('Cookie', cookie).expect(200)).body;
    return { person, cookie, enrolment, pre, post, everyType, start, save, submit };
  }

  const RIGHT = {
    q01: { optionId: 'o1' },
    q02: { optionIds: ['o1', 'o2'] },
    q03: { value: true },
    q04: { text: ' 6698 ' },
    q05: { number: 2013 },
  };
  /** Every answer right, the matching one through this attempt's ids. */
  const allRight = (attempt: AttemptView) => ({
    ...RIGHT,
    q06: { pairs: pairsByText(attempt, 'q06', Q06_KEY) },
  });

  it('never sends the answer key, weights or feedback to a trainee before the review', async () => {
    const me = await trainee();
    expectNoKey([me.pre, me.post, me.everyType]);
    const attempt = await me.start(me.post.id);
    expectNoKey(attempt);
    expect(attempt.questions.map((q) => q.id).sort()).toEqual(['q01', 'q02', 'q03', 'q04', 'q05', 'q06']);
    const answers = allRight(attempt);
    for (const [questionId, answer] of Object.entries(answers)) {
      const saved = await me.save(attempt.id, questionId, answer).expect(200);
      expectNoKey(saved.body);
    }
    const resumed = (
      await t.http().get(`/api/my/attempts/${attempt.id}`).set('Cookie', me.cookie).expect(200)
    ).body;
    expectNoKey(resumed);
    expect(resumed.answers).toEqual(answers);
    const submitted = await me.submit(attempt.id);
    // First of two attempts under "after the last attempt": a score, still no review.
    expect(submitted.result).toEqual({ score: 8, maxScore: 8, percent: 100, passed: true, review: null });
    // The policy travels with the attempt, so the portal can say when the review will come.
    expect(submitted).toMatchObject({ reviewPolicy: 'after_last_attempt', number: 1, maxAttempts: 2 });
    expectNoKey(submitted);
  });

  it('never sends the key of any question type: descriptions, partial credit, catch-alls, distractors', async () => {
    const me = await trainee();
    const attempt = await me.start(me.everyType.id);
    expectNoKey(attempt);
    expect(attempt.questions.map((q) => [q.id, q.type]).sort()).toEqual([
      ['intro', 'description'],
      ['k1', 'single_choice'],
      ['k2', 'multiple_choice'],
      ['k3', 'true_false'],
      ['k4', 'short_answer'],
      ['k5', 'numerical'],
      ['k6', 'matching'],
    ]);
    // The description stays first: it introduces what follows.
    expect(attempt.questions[0].id).toBe('intro');
    const matching = attempt.questions.find((q) => q.id === 'k6');
    expect(matching?.right?.map((r) => r.text.en).sort()).toEqual([
      'Acts for the controller',
      'Decides why',
      'Regulates',
    ]);
    await me.save(attempt.id, 'intro', { text: 'read' }).expect(400);
    for (const [questionId, answer] of Object.entries({
      k1: { optionId: 'o2' },
      k4: { text: 'anything' },
      k5: { number: 1 },
      k6: { pairs: pairsByText(attempt, 'k6', { Controller: 'Regulates' }) },
    }))
      expectNoKey((await me.save(attempt.id, questionId, answer).expect(200)).body);
    expectNoKey(
      (await t.http().get(`/api/my/attempts/${attempt.id}`).set('Cookie', me.cookie).expect(200)).body,
    );
    const [quizList] = [
      (
        await t
          .http()
          .get(`/api/my/enrolments/${me.enrolment.id}/quizzes`)
          .set('Cookie', me.cookie)
          .expect(200)
      ).body as QuizSummaryForTrainee[],
    ];
    expectNoKey(quizList);
    expect(quizList.find((q) => q.slug === 'every-type')?.questionCount).toBe(6);
  });

  it('does not let a trainee pair matching items by their ids: l1 → r1, l2 → r2 earns nothing', async () => {
    const me = await trainee();
    const attempt = await me.start(me.post.id);
    const right = attempt.questions.find((q) => q.id === 'q06')?.right ?? [];
    // Ids drawn for this attempt: neither their names nor their order say which item is which.
    for (const item of right) expect(item.id).not.toMatch(/^r\d+$/);
    await me.save(attempt.id, 'q06', { pairs: { l1: 'r1', l2: 'r2' } }).expect(200);
    const guessed = await me.submit(attempt.id);
    expect(guessed.result?.score).toBe(0);
    const next = await me.start(me.post.id);
    expect(next.questions.find((q) => q.id === 'q06')?.right?.map((r) => r.id)).not.toEqual(
      right.map((r) => r.id),
    );
  });

  it('grades partial credit and shows the feedback on the answer given in the review', async () => {
    const me = await trainee();
    const attempt = await me.start(me.everyType.id);
    const answers = {
      k1: { optionId: 'o2' }, // Constantinople: 50 % of 1
      k2: { optionIds: ['o1', 'o2'] }, // two thirds of 2
      k3: { value: true }, // 1
      k4: { text: 'mustafa kemal' }, // 50 % of 1
      k5: { number: 50 }, // within 48–96: 50 % of 2
      k6: {
        pairs: pairsByText(attempt, 'k6', {
          Controller: 'Decides why',
          Processor: 'Acts for the controller',
        }),
      },
    };
    for (const [questionId, answer] of Object.entries(answers))
      await me.save(attempt.id, questionId, answer).expect(200);
    const graded = await me.submit(attempt.id);
    expect(graded.result).toMatchObject({ score: 6.33, maxScore: 9, percent: 70.37, passed: true });
    const byId = Object.fromEntries((graded.result?.review ?? []).map((r) => [r.questionId, r]));
    expect(Object.keys(byId).sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
    expect(byId['k1']).toEqual({
      questionId: 'k1',
      awarded: 0.5,
      points: 1,
      correct: false,
      correctAnswer: { en: 'Istanbul', tr: 'İstanbul' },
      feedback: { en: 'SECRET half', tr: 'GİZLİ yarım' },
      generalFeedback: { en: 'SECRET-GENERAL', tr: 'GİZLİ-GENEL' },
    });
    expect(byId['k2']).toMatchObject({ awarded: 1.3333, correct: false });
    expect(byId['k4']).toMatchObject({ awarded: 0.5, feedback: { en: 'SECRET surname too' } });
    expect(byId['k5']).toMatchObject({ awarded: 1, correctAnswer: { en: '72', tr: '72' } });
    expect(byId['k6']).toMatchObject({ awarded: 2, correct: true });

    const second = await me.start(me.everyType.id);
    await me.save(second.id, 'k5', { number: 1 }).expect(200);
    await me.save(second.id, 'k4', { text: 'İnönü' }).expect(200);
    const wrong = Object.fromEntries(
      ((await me.submit(second.id)).result?.review ?? []).map((r) => [r.questionId, r]),
    );
    // The catch-alls are worth nothing and say why.
    expect(wrong['k5']).toMatchObject({ awarded: 0, feedback: { en: 'SECRET art. 33', tr: 'GİZLİ md. 33' } });
    expect(wrong['k4']).toMatchObject({ awarded: 0, feedback: { en: 'SECRET anything else' } });
  });

  it('grades a double submission once and returns the same result', async () => {
    const me = await trainee();
    const attempt = await me.start(me.post.id);
    await me.save(attempt.id, 'q01', { optionId: 'o1' }).expect(200);
    const [a, b] = await Promise.all([me.submit(attempt.id), me.submit(attempt.id)]);
    expect(a.result).toEqual(b.result);
    expect(a.submittedAt).toBe(b.submittedAt);
    expect(a.result?.score).toBe(1);
  });

  it('refuses a late autosave after submission, changing nothing', async () => {
    const me = await trainee();
    const attempt = await me.start(me.post.id);
    await me.save(attempt.id, 'q01', { optionId: 'o2' }).expect(200);
    await me.submit(attempt.id);
    const late = await me.save(attempt.id, 'q01', { optionId: 'o1' }).expect(409);
    expect(late.body.message).toMatch(/already submitted/);
    const [row] = await t.db.query('SELECT answers, score FROM quiz_attempts WHERE id = $1', [attempt.id]);
    expect(row).toEqual({ answers: { q01: { optionId: 'o2' } }, score: '0' });
  });

  it('enforces the deadline on the server, grading what was saved', async () => {
    const me = await trainee();
    const attempt = await me.start(me.post.id);
    expect(new Date(attempt.deadlineAt as string).getTime() - new Date(attempt.startedAt).getTime()).toBe(
      20 * 60_000,
    );
    await me.save(attempt.id, 'q03', { value: true }).expect(200);
    await t.db.query(`UPDATE quiz_attempts SET deadline_at = now() - interval '1 second' WHERE id = $1`, [
      attempt.id,
    ]);
    const refused = await me.save(attempt.id, 'q01', { optionId: 'o1' }).expect(409);
    expect(refused.body.message).toMatch(/time limit has passed/);
    const closed = (await t.http().get(`/api/my/attempts/${attempt.id}`).set('Cookie', me.cookie).expect(200))
      .body as AttemptView;
    expect(closed.submittedAt).not.toBeNull();
    expect(closed.result).toMatchObject({ score: 1, maxScore: 8, passed: false });
  });

  it('closes an attempt found past its deadline when "start" is pressed again, then starts the next', async () => {
    const me = await trainee();
    const first = await me.start(me.post.id);
    await me.save(first.id, 'q03', { value: true }).expect(200);
    await t.db.query(`UPDATE quiz_attempts SET deadline_at = now() - interval '1 second' WHERE id = $1`, [
      first.id,
    ]);
    const second = await me.start(me.post.id);
    expect(second).toMatchObject({ number: 2, submittedAt: null });
    const [row] = await t.db.query('SELECT submitted_at, score FROM quiz_attempts WHERE id = $1', [first.id]);
    expect(row.submitted_at).not.toBeNull();
    expect(row.score).toBe('1');
  });

  it('opens quizzes only to an enrolment that holds a seat, and only those of its training', async () => {
    const me = await trainee();
    const attempts = (quizId: string) =>
      t
        .http()
        .post(`/api/my/enrolments/${me.enrolment.id}/quizzes/${quizId}/attempts`)
        .set('Cookie', me.cookie);
    const unknown = await attempts('00000000-0000-4000-8000-00000000000f').expect(404);
    expect(unknown.body.message).toBe('This quiz is not part of your training');
    await t.db.query(`UPDATE enrolments SET status = 'withdrawn' WHERE id = $1`, [me.enrolment.id]);
    const refused = await attempts(me.post.id).expect(403);
    expect(refused.body.message).toMatch(/your enrolment is withdrawn/);
    const other = await trainee();
    await t
      .http()
      .post(`/api/my/enrolments/${me.enrolment.id}/quizzes/${me.post.id}/attempts`)
      .set('Cookie', other.cookie)
      .expect(404);
    const [{ count }] = await t.db.query(
      'SELECT count(*)::int AS count FROM quiz_attempts WHERE enrolment_id = $1',
      [me.enrolment.id],
    );
    expect(count).toBe(0);
  });

  it('refuses attempts beyond the maximum and shows the review after the last one', async () => {
    const me = await trainee();
    const pre = await me.start(me.pre.id);
    await me.submit(pre.id);
    const refused = await t
      .http()
      .post(`/api/my/enrolments/${me.enrolment.id}/quizzes/${me.pre.id}/attempts`)
      .set('Cookie', me.cookie)
      .expect(409);
    expect(refused.body.message).toBe('You have used all 1 attempt at this quiz');
    expect(refused.body).toMatchObject({ code: 'quiz.attemptsUsed', params: { max: 1 } });

    const first = await me.start(me.post.id);
    expect((await me.submit(first.id)).result?.review).toBeNull();
    const second = await me.start(me.post.id);
    expect(second.number).toBe(2);
    await me.save(second.id, 'q02', { optionIds: ['o1'] }).expect(200);
    const graded = await me.submit(second.id);
    const q02 = graded.result?.review?.find((r) => r.questionId === 'q02');
    expect(q02).toEqual({
      questionId: 'q02',
      awarded: 1,
      points: 2,
      correct: false,
      correctAnswer: { en: 'Specific; Measurable', tr: 'Belirli; Ölçülebilir' },
      feedback: null,
      generalFeedback: null,
    });
    await t
      .http()
      .post(`/api/my/enrolments/${me.enrolment.id}/quizzes/${me.post.id}/attempts`)
      .set('Cookie', me.cookie)
      .expect(409);
  });

  it('makes one attempt when "start" is pressed many times at once, and resumes it', async () => {
    const me = await trainee();
    const views = await Promise.all(
      Array.from({ length: 10 }, () =>
        t
          .http()
          .post(`/api/my/enrolments/${me.enrolment.id}/quizzes/${me.post.id}/attempts`)
          .set('Cookie', me.cookie),
      ),
    );
    expect(new Set(views.map((v) => v.body.id)).size).toBe(1);
    const [{ count }] = await t.db.query(
      'SELECT count(*)::int AS count FROM quiz_attempts WHERE enrolment_id = $1',
      [me.enrolment.id],
    );
    expect(count).toBe(1);
  });

  it('keeps an attempt private to its owner and refuses answers of the wrong shape', async () => {
    const me = await trainee();
    const other = await trainee();
    const attempt = await me.start(me.post.id);
    await t.http().get(`/api/my/attempts/${attempt.id}`).set('Cookie', other.cookie).expect(404);
    await t
      .http()
      .put(`/api/my/attempts/${attempt.id}/answers`)
      .set('Cookie', other.cookie)
      .send({ questionId: 'q01', answer: { optionId: 'o1' } })
      .expect(404);
    await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Cookie', other.cookie).expect(404);
    // A wrongly shaped answer to someone else's attempt is still a 404: nothing says the attempt exists.
    await t
      .http()
      .put(`/api/my/attempts/${attempt.id}/answers`)
      .set('Cookie', other.cookie)
      .send({ questionId: 'q99', answer: { optionId: 'o1' } })
      .expect(404);
    const wrong = await me.save(attempt.id, 'q01', { text: 'Assumptions' }).expect(400);
    expect(wrong.body.details[0].field).toBe('answer');
    await me.save(attempt.id, 'q99', { optionId: 'o1' }).expect(400);
    const missing = await t
      .http()
      .put(`/api/my/attempts/${attempt.id}/answers`)
      .set('Cookie', me.cookie)
      .send({ questionId: 'q01' })
      .expect(400);
    expect(missing.body.details[0].field).toBe('answer');
  });

  it('clears an answer saved as null, so an emptied field is not graded with its old value', async () => {
    const me = await trainee();
    const attempt = await me.start(me.post.id);
    await me.save(attempt.id, 'q05', { number: 2013 }).expect(200);
    await me.save(attempt.id, 'q01', { optionId: 'o1' }).expect(200);
    await me.save(attempt.id, 'q05', null).expect(200);
    // Clearing what was never answered is fine too.
    await me.save(attempt.id, 'q03', null).expect(200);
    const resumed = (
      await t.http().get(`/api/my/attempts/${attempt.id}`).set('Cookie', me.cookie).expect(200)
    ).body as AttemptView;
    expect(resumed.answers).toEqual({ q01: { optionId: 'o1' } });
    const submitted = await me.submit(attempt.id);
    expect(submitted.result?.score).toBe(1);
    // A clearing after the submission changes nothing, like any late save.
    await me.save(attempt.id, 'q01', null).expect(409);
    const [{ answers }] = await t.db.query('SELECT answers FROM quiz_attempts WHERE id = $1', [attempt.id]);
    expect(answers).toEqual({ q01: { optionId: 'o1' } });
  });

  it('shows trainers each trainee’s scores, question difficulty and the knowledge gain', async () => {
    const fresh = await createSession(
      t,
      coordinator.cookie,
      (await t.db.query('SELECT training_id FROM sessions WHERE id = $1', [sessionId]))[0].training_id,
      { trainerIds: [trainer.person.id] },
    );
    const enrolIn = async (name: string) => {
      const person = await createPerson(t.db, { fullName: name });
      const cookie = await sessionCookieFor(t.db, person.id);
      const enrolment = (
        await t
          .http()
          .post(`/api/sessions/${fresh.id}/enrolments`)
          .set('Cookie', coordinator.cookie)
          .send({ personId: person.id })
          .expect(201)
      ).body;
      const quizzes: QuizSummaryForTrainee[] = (
        await t.http().get(`/api/my/enrolments/${enrolment.id}/quizzes`).set('Cookie', cookie).expect(200)
      ).body;
      const take = async (
        kind: string,
        given: Record<string, object> | ((attempt: AttemptView) => Record<string, object>),
      ) => {
        const quiz = quizzes.find((q) => q.kind === kind) as QuizSummaryForTrainee;
        const attempt = (
          await t
            .http()
            .post(`/api/my/enrolments/${enrolment.id}/quizzes/${quiz.id}/attempts`)
            .set('Cookie', cookie)
            .expect(200)
        ).body;
        const answers = typeof given === 'function' ? given(attempt) : given;
        for (const [questionId, answer] of Object.entries(answers))
          await t
            .http()
            .put(`/api/my/attempts/${attempt.id}/answers`)
            .set('Cookie', cookie)
            .send({ questionId, answer })
            .expect(200);
        await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Cookie', cookie).expect(200);
        return quiz.id;
      };
      return { take };
    };
    const aylin = await enrolIn('Aylin Kaya');
    const preId = await aylin.take('pre_test', { q01: RIGHT.q01, q03: RIGHT.q03 }); // 2 of 8 = 25 %
    const postId = await aylin.take('post_test', allRight); // 100 %
    const bora = await enrolIn('Bora Şen');
    await bora.take('pre_test', { q01: RIGHT.q01, q02: RIGHT.q02, q03: RIGHT.q03, q04: RIGHT.q04 }); // 5 of 8 = 62.5 %
    await bora.take('post_test', {
      q01: RIGHT.q01,
      q02: RIGHT.q02,
      q03: RIGHT.q03,
      q04: RIGHT.q04,
      q05: RIGHT.q05,
    }); // 6 of 8 = 75 %

    const results: SessionQuizResults = (
      await t.http().get(`/api/sessions/${fresh.id}/quiz-results`).set('Cookie', trainer.cookie).expect(200)
    ).body;
    const byName = (name: string) => results.trainees.find((r) => r.fullName === name);
    expect(byName('Aylin Kaya')?.quizzes[preId]).toEqual({ best: 25, latest: 25, passed: true, attempts: 1 });
    expect(byName('Aylin Kaya')?.gains).toEqual({ [postId]: 75 });
    expect(byName('Bora Şen')?.gains).toEqual({ [postId]: 12.5 });
    expect(byName('Bora Şen')?.knowledge).toEqual({ [postId]: { pre: 62.5, post: 75, gain: 12.5 } });
    // (25 + 62.5) / 2 = 43.75 before, (100 + 75) / 2 = 87.5 after.
    expect(results.averageGain).toEqual([
      { postTestQuizId: postId, preAverage: 43.75, postAverage: 87.5, average: 43.75, trainees: 2 },
    ]);
    const q06 = results.difficulty.find((d) => d.quizId === postId && d.questionId === 'q06');
    expect(q06).toMatchObject({ percentCorrect: 50, answered: 2 });

    const otherTrainer = await signedIn(t, ['trainer']);
    await t
      .http()
      .get(`/api/sessions/${fresh.id}/quiz-results`)
      .set('Cookie', otherTrainer.cookie)
      .expect(403);
    const csv = await t
      .http()
      .get(`/api/sessions/${fresh.id}/quiz-results.csv`)
      .set('Cookie', trainer.cookie)
      .expect(200);
    expect(csv.text).toContain('Bora Şen');
    expect(csv.text.split('\r\n')[0]).toMatch(/^\uFEFF"Name","Organisation",.* best %",.* gain"$/);
    // A trainer who reads Turkish gets the headers in Turkish.
    await t.db.query(`UPDATE people SET language = 'tr' WHERE id = $1`, [trainer.person.id]);
    const turkish = await t
      .http()
      .get(`/api/sessions/${fresh.id}/quiz-results.csv`)
      .set('Cookie', trainer.cookie)
      .expect(200);
    await t.db.query(`UPDATE people SET language = 'en' WHERE id = $1`, [trainer.person.id]);
    expect(turkish.text.split('\r\n')[0]).toMatch(/^\uFEFF"Ad soyad","Kurum",.* en iyi puan %",.* kazanım"$/);
  });
});
