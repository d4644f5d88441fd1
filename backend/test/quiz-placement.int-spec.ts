import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { AttemptView, LessonContent, QuizSummaryForTrainee } from '@atolye/shared';
import { ContentPublisher } from '../src/content/content-publisher.service';
import { loadContent } from '../src/content/content-loader';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining } from './support/training-factories';

const t2 = (en: string, tr: string) => ({ en, tr });
const QUESTION = {
  id: 'q01',
  type: 'true_false',
  points: 1,
  text: t2('Consent can be withdrawn.', 'Rıza geri alınabilir.'),
  answer: true,
  feedbackTrue: t2('RIGHT-FEEDBACK', 'DOĞRU-GERİ-BİLDİRİM'),
};

/** A module whose pre-test shows its answers only after the post-test, with a check after lesson 1. */
async function publishPlacementModule(t: TestApp): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'atolye-placement-'));
  const folder = join(root, 'content/modules/placement-fixture');
  const quiz = (slug: string, kind: string, extra: object) =>
    writeFileSync(
      join(folder, `quizzes/${slug}.yaml`),
      stringify({
        slug,
        kind,
        title: t2(`Quiz ${slug}`, `Sınav ${slug}`),
        passMarkPercent: 50,
        maxAttempts: 2,
        shuffleQuestions: false,
        shuffleOptions: false,
        ...extra,
        questions: [QUESTION],
      }),
    );
  mkdirSync(join(folder, 'quizzes'), { recursive: true });
  writeFileSync(
    join(folder, 'module.yaml'),
    stringify({
      slug: 'placement-fixture',
      version: '1.0.0',
      languages: ['en', 'tr'],
      title: t2('Placement fixture', 'Yerleşim örneği'),
      summary: t2('For tests.', 'Testler için.'),
      objectives: [t2('Answer', 'Yanıtlamak')],
      topics: ['protection'],
      estimatedMinutes: 10,
      authors: [{ name: 'Test Author' }],
      licence: 'CC-BY-SA-4.0',
      lessons: ['01-consent', '02-referral'],
      quizzes: ['pre-test', 'check-consent', 'post-test'],
      changelog: [{ version: '1.0.0', date: '2026-11-25', changes: t2('First.', 'İlk.') }],
    }),
  );
  ['01-consent', '02-referral'].forEach((lesson, i) => {
    mkdirSync(join(folder, 'lessons', lesson), { recursive: true });
    for (const language of ['en', 'tr'])
      writeFileSync(
        join(folder, `lessons/${lesson}/${language}.md`),
        `---\ntitle: Lesson ${i + 1} ${language}\norder: ${i + 1}\nverified: 2026-12-01\nestimatedMinutes: 5\n---\n\nBody.\n`,
      );
  });
  quiz('pre-test', 'pre_test', { reviewPolicy: 'after_post_test' });
  quiz('check-consent', 'knowledge_check', { reviewPolicy: 'after_each_attempt', afterLesson: '01-consent' });
  quiz('post-test', 'post_test', { reviewPolicy: 'after_last_attempt', pairedWith: 'pre-test' });
  const { modules, problems } = loadContent(join(root, 'content'), root);
  rmSync(root, { recursive: true, force: true });
  if (problems.length > 0) throw new Error(`placement fixture is invalid: ${JSON.stringify(problems)}`);
  await t.app.get(ContentPublisher).publish(modules);
}

describe('quiz placement and review', () => {
  let t: TestApp;
  let me: { cookie: string; enrolmentId: string };

  beforeAll(async () => {
    t = await createTestApp();
    await publishPlacementModule(t);
    const coordinator = await signedIn(t, ['coordinator']);
    const training = await createTraining(t, coordinator.cookie, { modules: ['placement-fixture'] });
    const session = await createSession(t, coordinator.cookie, training.id, { capacity: 10 });
    const person = await createPerson(t.db);
    const enrolment = await t
      .http()
      .post(`/api/sessions/${session.id}/enrolments`)
      .set('Cookie', coordinator.cookie)
      .send({ personId: person.id })
      .expect(201);
    me = { cookie: await sessionCookieFor(t.db, person.id), enrolmentId: enrolment.body.id };
  });
  afterAll(() => t.close());

  const get = async <T>(path: string): Promise<T> =>
    (await t.http().get(path).set('Cookie', me.cookie).expect(200)).body as T;
  const quizzes = () => get<QuizSummaryForTrainee[]>(`/api/my/enrolments/${me.enrolmentId}/quizzes`);
  const take = async (quizId: string, answer: boolean): Promise<AttemptView> => {
    const attempt = (
      await t
        .http()
        .post(`/api/my/enrolments/${me.enrolmentId}/quizzes/${quizId}/attempts`)
        .set('Cookie', me.cookie)
        .expect(200)
    ).body as AttemptView;
    await t
      .http()
      .put(`/api/my/attempts/${attempt.id}/answers`)
      .set('Cookie', me.cookie)
      .send({ questionId: 'q01', answer: { value: answer } })
      .expect(200);
    return (await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Cookie', me.cookie).expect(200))
      .body as AttemptView;
  };

  it('offers the knowledge check after its lesson, from the reading path and the lesson itself', async () => {
    const learning = await get<{ modules: { lessons: { id: string; slug: string }[] }[] }>(
      `/api/my/enrolments/${me.enrolmentId}/learning`,
    );
    const [first, second] = learning.modules[0].lessons;
    const check = (await quizzes()).find((q) => q.slug === 'check-consent') as QuizSummaryForTrainee;
    expect(check.afterLessonId).toBe(first.id);
    expect((await quizzes()).filter((q) => q.afterLessonId !== null).map((q) => q.slug)).toEqual([
      'check-consent',
    ]);

    const lesson = await get<LessonContent>(`/api/my/enrolments/${me.enrolmentId}/lessons/${first.id}`);
    expect(lesson.knowledgeCheck).toEqual({
      quizId: check.id,
      title: { en: 'Quiz check-consent', tr: 'Sınav check-consent' },
    });
    expect(lesson.verifiedOn).toBe('2026-12-01');
    const next = await get<LessonContent>(`/api/my/enrolments/${me.enrolmentId}/lessons/${second.id}`);
    expect(next.knowledgeCheck).toBeNull();
  });

  it('keeps the pre-test answers hidden until the paired post-test is submitted, then shows them', async () => {
    const list = await quizzes();
    const pre = list.find((q) => q.kind === 'pre_test') as QuizSummaryForTrainee;
    const post = list.find((q) => q.kind === 'post_test') as QuizSummaryForTrainee;

    const preAttempt = await take(pre.id, false);
    expect(preAttempt.result).toMatchObject({ percent: 0, review: null });
    expect(preAttempt.reviewPolicy).toBe('after_post_test');
    expect(JSON.stringify(await get(`/api/my/attempts/${preAttempt.id}`))).not.toContain('RIGHT-FEEDBACK');
    expect((await quizzes()).find((q) => q.id === pre.id)?.reviewableAttemptId).toBeNull();

    // An attempt at the post-test that is only started does not open the pre-test's review.
    const open = (
      await t
        .http()
        .post(`/api/my/enrolments/${me.enrolmentId}/quizzes/${post.id}/attempts`)
        .set('Cookie', me.cookie)
        .expect(200)
    ).body as AttemptView;
    expect((await get<AttemptView>(`/api/my/attempts/${preAttempt.id}`)).result?.review).toBeNull();
    await t.http().post(`/api/my/attempts/${open.id}/submit`).set('Cookie', me.cookie).expect(200);

    const reviewed = await get<AttemptView>(`/api/my/attempts/${preAttempt.id}`);
    expect(reviewed.result?.review).toEqual([
      expect.objectContaining({ questionId: 'q01', correct: false, awarded: 0 }),
    ]);
    expect((await quizzes()).find((q) => q.id === pre.id)?.reviewableAttemptId).toBe(preAttempt.id);
  });

  it('shows a knowledge check’s answers after each attempt', async () => {
    const check = (await quizzes()).find((q) => q.slug === 'check-consent') as QuizSummaryForTrainee;
    const attempt = await take(check.id, true);
    expect(attempt.result?.review).toEqual([expect.objectContaining({ questionId: 'q01', correct: true })]);
    expect((await quizzes()).find((q) => q.id === check.id)?.reviewableAttemptId).toBe(attempt.id);
  });
});
