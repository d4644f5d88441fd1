import type { EnrolmentLearning } from '@atolye/shared';
import { signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  moduleVersionIds,
  publishRepositoryContent,
} from './support/training-factories';

describe('learning path', () => {
  let t: TestApp;
  let coordinator: { cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainingId = (
      await createTraining(t, coordinator.cookie, {
        modules: ['advocacy-and-policy-dialogue', 'project-cycle-management'],
      })
    ).id;
  });
  afterAll(() => t.close());

  async function enrolled(capacity = 10) {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity });
    const trainee = await signedIn(t, ['trainee']);
    const enrolment = (
      await t.http().post(`/api/sessions/${session.id}/enrol`).set('Cookie', trainee.cookie).expect(201)
    ).body;
    return { session, trainee, enrolment };
  }

  it('reads lessons in either language, marks them complete and shows progress', async () => {
    const { trainee, enrolment } = await enrolled();
    const path: EnrolmentLearning = (
      await t
        .http()
        .get(`/api/my/enrolments/${enrolment.id}/learning`)
        .set('Cookie', trainee.cookie)
        .expect(200)
    ).body;
    expect(path.modules.map((m) => m.module.slug)).toEqual([
      'advocacy-and-policy-dialogue',
      'project-cycle-management',
    ]);
    expect(path.progress).toEqual({ completedLessons: 0, totalLessons: 8, percent: 0 });
    const first = path.modules[0].lessons[0];
    expect(path.nextLessonId).toBe(first.id);

    const turkish = await t
      .http()
      .get(`/api/my/enrolments/${enrolment.id}/lessons/${first.id}`)
      .query({ lang: 'tr' })
      .set('Cookie', trainee.cookie)
      .expect(200);
    expect(turkish.body).toMatchObject({
      language: 'tr',
      completed: false,
      previousLessonId: null,
      nextLessonId: path.modules[0].lessons[1].id,
    });
    expect(turkish.body.html).toContain('Bu derste neler yapabileceksiniz');
    const english = await t
      .http()
      .get(`/api/my/enrolments/${enrolment.id}/lessons/${first.id}`)
      .query({ lang: 'en' })
      .set('Cookie', trainee.cookie)
      .expect(200);
    expect(english.body.html).toContain('What you will be able to do');

    const progress = await t
      .http()
      .put(`/api/my/enrolments/${enrolment.id}/lessons/${first.id}/complete`)
      .set('Cookie', trainee.cookie)
      .expect(200);
    expect(progress.body).toEqual({ completedLessons: 1, totalLessons: 8, percent: 13 });
    await t
      .http()
      .put(`/api/my/enrolments/${enrolment.id}/lessons/${first.id}/complete`)
      .set('Cookie', trainee.cookie)
      .expect(200, progress.body);

    const mine = await t.http().get('/api/my/enrolments').set('Cookie', trainee.cookie).expect(200);
    expect(mine.body[0]).toMatchObject({
      id: enrolment.id,
      status: 'enrolled',
      progress: { completedLessons: 1 },
      nextMeeting: { topic: 'Legal framework' },
    });
  });

  it('runs previous and next across modules', async () => {
    const { trainee, enrolment } = await enrolled();
    const path: EnrolmentLearning = (
      await t
        .http()
        .get(`/api/my/enrolments/${enrolment.id}/learning`)
        .set('Cookie', trainee.cookie)
        .expect(200)
    ).body;
    const lastOfFirst = path.modules[0].lessons[3];
    const lesson = await t
      .http()
      .get(`/api/my/enrolments/${enrolment.id}/lessons/${lastOfFirst.id}`)
      .set('Cookie', trainee.cookie)
      .expect(200);
    expect(lesson.body.nextLessonId).toBe(path.modules[1].lessons[0].id);
  });

  it('keeps lessons closed to a trainee on the waiting list and to anyone else', async () => {
    const { session, trainee: seated, enrolment } = await enrolled(1);
    const waiting = await signedIn(t, ['trainee']);
    const waitlisted = (
      await t.http().post(`/api/sessions/${session.id}/enrol`).set('Cookie', waiting.cookie).expect(201)
    ).body;
    const refused = await t
      .http()
      .get(`/api/my/enrolments/${waitlisted.id}/learning`)
      .set('Cookie', waiting.cookie)
      .expect(403);
    expect(refused.body.message).toMatch(/once you hold a seat/);
    await t
      .http()
      .get(`/api/my/enrolments/${enrolment.id}/learning`)
      .set('Cookie', waiting.cookie)
      .expect(404);
    const path = (
      await t
        .http()
        .get(`/api/my/enrolments/${enrolment.id}/learning`)
        .set('Cookie', seated.cookie)
        .expect(200)
    ).body;
    const someLessonOfAnotherModule = (
      await t.db.query(
        `SELECT l.id FROM lessons l JOIN module_versions m ON m.id = l.module_version_id WHERE m.slug = 'working-with-volunteers' LIMIT 1`,
      )
    )[0].id;
    await t
      .http()
      .get(`/api/my/enrolments/${enrolment.id}/lessons/${someLessonOfAnotherModule}`)
      .set('Cookie', seated.cookie)
      .expect(404);
    expect(path.modules).toHaveLength(2);
  });

  it('keeps progress on unchanged lessons when the session moves to a newer revision', async () => {
    const training = await createTraining(t, coordinator.cookie, {
      modules: ['international-protection-legal-framework'],
    });
    const session = await createSession(t, coordinator.cookie, training.id);
    const trainee = await signedIn(t, ['trainee']);
    const enrolment = (
      await t.http().post(`/api/sessions/${session.id}/enrol`).set('Cookie', trainee.cookie).expect(201)
    ).body;
    const path: EnrolmentLearning = (
      await t
        .http()
        .get(`/api/my/enrolments/${enrolment.id}/learning`)
        .set('Cookie', trainee.cookie)
        .expect(200)
    ).body;
    for (const lesson of path.modules[0].lessons.slice(0, 2)) {
      await t
        .http()
        .put(`/api/my/enrolments/${enrolment.id}/lessons/${lesson.id}/complete`)
        .set('Cookie', trainee.cookie)
        .expect(200);
    }
    // A new revision adds a module; the legal framework module is unchanged.
    const ids = await moduleVersionIds(t, [
      'international-protection-legal-framework',
      'working-with-volunteers',
    ]);
    const detail = await t
      .http()
      .get(`/api/trainings/${training.id}`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    await t
      .http()
      .put(`/api/trainings/${training.id}`)
      .set('Cookie', coordinator.cookie)
      .send({
        title: detail.body.title,
        description: detail.body.description,
        languages: detail.body.languages,
        moduleVersionIds: ids,
        completionRule: detail.body.completionRule,
      })
      .expect(200);
    const moved = await t
      .http()
      .post(`/api/sessions/${session.id}/move-to-latest-revision`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(moved.body).toMatchObject({ revision: 2, latestRevision: 2 });
    const [audited] = await t.db.query(
      `SELECT after FROM audit_log WHERE action = 'session.moved_to_revision' AND subject_id = $1`,
      [session.id],
    );
    expect(audited.after).toMatchObject({ revision: 2 });
    const after: EnrolmentLearning = (
      await t
        .http()
        .get(`/api/my/enrolments/${enrolment.id}/learning`)
        .set('Cookie', trainee.cookie)
        .expect(200)
    ).body;
    expect(after.modules.map((m) => m.module.slug)).toEqual([
      'international-protection-legal-framework',
      'working-with-volunteers',
    ]);
    expect(after.progress.completedLessons).toBe(2);
  });
});

describe('sessions seen by trainers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
  });
  afterAll(() => t.close());

  it('shows a trainer only the sessions they are assigned to, with their rosters', async () => {
    const coordinator = await signedIn(t, ['coordinator']);
    const mine = await signedIn(t, ['trainer']);
    const other = await signedIn(t, ['trainer']);
    const training = await createTraining(t, coordinator.cookie);
    const assigned = await createSession(t, coordinator.cookie, training.id, {
      trainerIds: [mine.person.id],
      title: 'İzmir cohort',
    });
    const notMine = await createSession(t, coordinator.cookie, training.id, {
      trainerIds: [other.person.id],
    });
    const list = await t
      .http()
      .get('/api/sessions')
      .query({ pageSize: 100 })
      .set('Cookie', mine.cookie)
      .expect(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([assigned.id]);
    expect(list.body.items[0].trainers).toEqual([{ id: mine.person.id, fullName: 'Ayşe Yıldız' }]);
    await t.http().get(`/api/sessions/${notMine.id}`).set('Cookie', mine.cookie).expect(403);
    await t.http().get(`/api/sessions/${notMine.id}/enrolments`).set('Cookie', mine.cookie).expect(403);
    await t.http().get(`/api/sessions/${assigned.id}/enrolments`).set('Cookie', mine.cookie).expect(200);
  });

  it('refuses a trainer who does not hold the trainer role, and meetings that end before they start', async () => {
    const coordinator = await signedIn(t, ['coordinator']);
    const trainee = await signedIn(t, ['trainee']);
    const training = await createTraining(t, coordinator.cookie);
    const { sessionRequest } = await import('./support/training-factories');
    const notTrainer = await t
      .http()
      .post('/api/sessions')
      .set('Cookie', coordinator.cookie)
      .send(sessionRequest(training.id, { trainerIds: [trainee.person.id] }))
      .expect(422);
    expect(notTrainer.body.details[0].field).toBe('trainerIds');
    const base = sessionRequest(training.id);
    const backwards = await t
      .http()
      .post('/api/sessions')
      .set('Cookie', coordinator.cookie)
      .send({ ...base, meetings: [{ ...base.meetings[0], endsAt: base.meetings[0].startsAt }] })
      .expect(400);
    expect(backwards.body.details).toEqual([
      { field: 'meetings.0.endsAt', reason: 'must be after startsAt' },
    ]);
    const online = await t
      .http()
      .post('/api/sessions')
      .set('Cookie', coordinator.cookie)
      .send({ ...base, mode: 'online', venue: null })
      .expect(400);
    expect(online.body.details).toEqual([{ field: 'meetingLink', reason: 'is needed for online sessions' }]);
  });
});
