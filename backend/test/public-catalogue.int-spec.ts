import { randomUUID } from 'node:crypto';
import { signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
  sessionRequest,
} from './support/training-factories';

const DAY = 24 * 3600_000;

describe('public catalogue', () => {
  let t: TestApp;
  let coordinator: string;
  let trainee: { person: { id: string } };
  let training: { id: string };
  let open: { id: string };
  let closed: { id: string };
  let draft: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await signedIn(t, ['coordinator'])).cookie;
    trainee = await signedIn(t, ['trainee']);
    await publishRepositoryContent(t);
    const trainer = await signedIn(t, ['trainer']);
    training = await createTraining(t, coordinator, {
      title: `Public catalogue ${randomUUID().slice(0, 6)}`,
    });
    open = await createSession(t, coordinator, training.id, {
      title: 'Şanlıurfa cohort',
      city: 'Şanlıurfa',
      capacity: 12,
      trainerIds: [trainer.person.id],
    });
    closed = await createSession(t, coordinator, training.id, {
      title: 'Closed cohort',
      enrolmentOpensAt: new Date(Date.now() - 5 * DAY).toISOString(),
      enrolmentClosesAt: new Date(Date.now() - DAY).toISOString(),
    });
    await enrolByHand(t, coordinator, open.id, trainee.person.id);
    draft = await createTraining(t, coordinator, {
      publish: false,
      title: `Draft ${randomUUID().slice(0, 6)}`,
    });
    await createSession(t, coordinator, draft.id, { title: 'Session of a draft' });
  });
  afterAll(() => t.close());

  it('shows a published training with its open sessions to anyone, cacheable and free of personal data', async () => {
    const response = await t.http().get('/api/public/trainings').expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const listed = response.body.find((o: { id: string }) => o.id === training.id);
    expect(listed).toMatchObject({
      title: { en: expect.stringContaining('Public catalogue') },
      languages: ['en', 'tr'],
      modules: [
        { slug: 'international-protection-legal-framework' },
        { slug: 'protection-and-data-protection' },
      ],
    });
    expect(listed.estimatedMinutes).toBeGreaterThan(0);
    expect(listed.topics.length).toBeGreaterThan(0);
    expect(listed.sessions).toEqual([
      expect.objectContaining({ id: open.id, city: 'Şanlıurfa', capacity: 12, seatsLeft: 11, country: 'TR' }),
    ]);
    expect(Object.keys(listed.sessions[0]).sort()).toEqual(
      [
        'capacity',
        'city',
        'country',
        'endsAt',
        'enrolmentClosesAt',
        'enrolmentPolicy',
        'format',
        'id',
        'language',
        'mode',
        'seatsLeft',
        'startsAt',
        'title',
      ].sort(),
    );
    expect(new Date(listed.sessions[0].startsAt).toISOString()).toBe(listed.sessions[0].startsAt);
    expect(JSON.stringify(response.body)).not.toContain(trainee.person.id);
    expect(response.body.map((o: { id: string }) => o.id)).not.toContain(draft.id);
  });

  it('gives one training on offer, and 404 for one that is not', async () => {
    const one = await t.http().get(`/api/public/trainings/${training.id}`).expect(200);
    expect(one.body.sessions.map((s: { id: string }) => s.id)).toEqual([open.id]);
    expect(one.body.sessions.map((s: { id: string }) => s.id)).not.toContain(closed.id);
    const missing = await t.http().get(`/api/public/trainings/${draft.id}`).expect(404);
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it('leaves a training out once none of its sessions takes applications', async () => {
    await t
      .http()
      .put(`/api/sessions/${open.id}`)
      .set('Cookie', coordinator)
      .send(
        sessionRequest(training.id, {
          title: 'Şanlıurfa cohort',
          city: 'Şanlıurfa',
          capacity: 12,
          enrolmentOpensAt: new Date(Date.now() + 2 * DAY).toISOString(),
        }),
      )
      .expect(200);
    const response = await t.http().get('/api/public/trainings').expect(200);
    expect(response.body.map((o: { id: string }) => o.id)).not.toContain(training.id);
  });
});
