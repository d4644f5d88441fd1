import type { EnrolmentLearning } from '@atolye/shared';
import { signedIn } from './support/factories';
import { referenceCatalogue } from './support/reference-catalogue';
import { referenceLearning } from './support/reference-learning';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, publishRepositoryContent } from './support/training-factories';

/**
 * The reading path and lessons are read in one statement after the session check; their answers
 * must be the very bytes the entity-by-entity reading gave (`reference-learning.ts`), for every
 * lesson, in each language, with and without progress and knowledge checks; "my enrolments",
 * which now reads its sessions and trainings in one statement each, likewise.
 */
describe('hot paths answer as before, byte for byte', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
  });
  afterAll(() => t.close());

  it('reading path and every lesson, before and after lessons are completed', async () => {
    const coordinator = await signedIn(t, ['coordinator']);
    // One module with a knowledge check after each lesson, one without.
    const training = await createTraining(t, coordinator.cookie, {
      modules: ['protection-and-data-protection', 'advocacy-and-policy-dialogue'],
    });
    const session = await createSession(t, coordinator.cookie, training.id, { capacity: 5 });
    const trainee = await signedIn(t, ['trainee']);
    const enrolment = (
      await t.http().post(`/api/sessions/${session.id}/enrol`).set('Cookie', trainee.cookie).expect(201)
    ).body;

    const reference = referenceLearning(t.app);
    const get = async (url: string) =>
      (await t.http().get(url).set('Cookie', trainee.cookie).expect(200)).text;

    const compareAll = async () => {
      const pathText = await get(`/api/my/enrolments/${enrolment.id}/learning`);
      expect(pathText).toBe(JSON.stringify(await reference.learning(enrolment.id)));
      const path = JSON.parse(pathText) as EnrolmentLearning;
      const lessons = path.modules.flatMap((m) => m.lessons);
      let checks = 0;
      for (const lesson of lessons)
        for (const lang of [undefined, 'en', 'tr'] as const) {
          const text = await get(
            `/api/my/enrolments/${enrolment.id}/lessons/${lesson.id}${lang ? `?lang=${lang}` : ''}`,
          );
          expect(text).toBe(JSON.stringify(await reference.lesson(enrolment.id, lesson.id, lang)));
          if (JSON.parse(text).knowledgeCheck) checks++;
        }
      return { lessons, checks };
    };

    // Every repository lesson is followed by a knowledge check: take one away (put back below),
    // so lessons with and without one are both compared.
    const [moved] = await t.db.query<{ id: string; after_lesson: string }[]>(
      `SELECT q.id, q.after_lesson FROM quizzes q JOIN module_versions v ON v.id = q.module_version_id
        WHERE v.slug = 'advocacy-and-policy-dialogue' AND q.kind = 'knowledge_check' ORDER BY q.after_lesson LIMIT 1`,
    );
    await t.db.query('UPDATE quizzes SET after_lesson = NULL WHERE id = $1', [moved.id]);

    const before = await compareAll();
    expect(before.lessons.length).toBe(8);
    expect(before.checks).toBe(7 * 3);

    for (const lesson of before.lessons.slice(0, 3))
      await t
        .http()
        .put(`/api/my/enrolments/${enrolment.id}/lessons/${lesson.id}/complete`)
        .set('Cookie', trainee.cookie)
        .expect(200);
    await compareAll();

    // My enrolments, with a second seat and a place on another session's waiting list.
    const other = await createTraining(t, coordinator.cookie, { modules: ['project-cycle-management'] });
    const second = await createSession(t, coordinator.cookie, other.id, { capacity: 5 });
    await t.http().post(`/api/sessions/${second.id}/enrol`).set('Cookie', trainee.cookie).expect(201);
    const full = await createSession(t, coordinator.cookie, other.id, { capacity: 1 });
    const first = await signedIn(t, ['trainee']);
    await t.http().post(`/api/sessions/${full.id}/enrol`).set('Cookie', first.cookie).expect(201);
    await t.http().post(`/api/sessions/${full.id}/enrol`).set('Cookie', trainee.cookie).expect(201);
    const mine = await get('/api/my/enrolments');
    expect(JSON.parse(mine).map((e: { status: string }) => e.status)).toEqual([
      'enrolled',
      'enrolled',
      'waitlisted',
    ]);
    expect(mine).toBe(JSON.stringify(await reference.myEnrolments(trainee.person.id)));

    // The catalogue, with a session planned without meetings, one whose meetings are over
    // (left out), the trainee's seats and waiting-list place, and a full session.
    const day = 24 * 3600_000;
    const undated = await createSession(t, coordinator.cookie, other.id, { title: 'Dates to follow' });
    await t.db.query('DELETE FROM meetings WHERE session_id = $1', [undated.id]);
    const ended = await createSession(t, coordinator.cookie, other.id, { title: 'Held in spring' });
    await t.db.query(
      `UPDATE meetings SET starts_at = starts_at - interval '60 days', ends_at = ends_at - interval '60 days' WHERE session_id = $1`,
      [ended.id],
    );
    const catalogueText = await get('/api/catalogue');
    expect(catalogueText).toBe(JSON.stringify(await referenceCatalogue(t.app)(trainee.person.id)));
    const listed = JSON.parse(catalogueText) as {
      id: string;
      sessions: { id: string; title: string; myStatus: string | null; startsAt: string | null }[];
    }[];
    const otherListed = listed.find((training) => training.id === other.id);
    expect(otherListed?.sessions.map((s) => s.title)).toEqual([
      'Dates to follow',
      'Gaziantep cohort',
      'Gaziantep cohort',
    ]);
    expect(otherListed?.sessions.map((s) => s.myStatus).sort()).toEqual(
      ['enrolled', 'waitlisted', null].sort(),
    );
    expect(Date.parse(otherListed?.sessions[1].startsAt ?? '') - Date.now()).toBeGreaterThan(13 * day);
    await t.db.query('UPDATE quizzes SET after_lesson = $2 WHERE id = $1', [moved.id, moved.after_lesson]);
  }, 120_000);
});
