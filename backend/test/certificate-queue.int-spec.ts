import { createPerson, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, moduleVersionIds, publishRepositoryContent } from './support/training-factories';

const HOUR = 3600_000;
const redisUrl = process.env['REDIS_URL'];

// The Redis-backed path of bulk issue; it runs where REDIS_URL is set (CI sets it), the
// in-process path is covered by certificates.int-spec.ts everywhere.
(redisUrl ? describe : describe.skip)('bulk certificate issue through the Redis queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ redisUrl: redisUrl ?? null, runWorker: true });
    await publishRepositoryContent(t);
  });
  afterAll(() => t.close());

  it('queues the job on BullMQ and the worker issues every eligible certificate once', async () => {
    const coordinator = await signedIn(t, ['coordinator']);
    const ids = await moduleVersionIds(t, ['working-with-volunteers']);
    const training = (
      await t
        .http()
        .post('/api/trainings')
        .set('Cookie', coordinator.cookie)
        .send({
          title: { en: 'Volunteers', tr: 'Gönüllüler' },
          description: {},
          languages: ['en'],
          moduleVersionIds: ids,
          completionRule: {
            minAttendancePercent: 0,
            requireAllLessons: false,
            requiredQuizzes: [],
            requireEvaluation: false,
            passPostTests: false,
          },
        })
        .expect(201)
    ).body;
    const past = Date.now() - 5 * 24 * HOUR;
    const session = await createSession(t, coordinator.cookie, training.id, {
      language: 'en',
      enrolmentOpensAt: new Date(past - 24 * HOUR).toISOString(),
      enrolmentClosesAt: new Date(past).toISOString(),
      meetings: [
        {
          startsAt: new Date(past).toISOString(),
          endsAt: new Date(past + 2 * HOUR).toISOString(),
          topic: 'Induction',
        },
      ],
    });
    for (let i = 0; i < 3; i++) {
      const person = await createPerson(t.db);
      await t
        .http()
        .post(`/api/sessions/${session.id}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: person.id })
        .expect(201);
    }
    const job = (
      await t
        .http()
        .post(`/api/sessions/${session.id}/certificate-jobs`)
        .set('Cookie', coordinator.cookie)
        .expect(201)
    ).body;
    let current = job;
    for (let i = 0; i < 100 && current.status !== 'finished'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      current = (
        await t.http().get(`/api/certificate-jobs/${job.id}`).set('Cookie', coordinator.cookie).expect(200)
      ).body;
    }
    expect(current).toMatchObject({ status: 'finished', total: 3, issued: 3 });
  });
});
