import type { MyEnrolment } from '@atolye/shared';
import { signedIn } from './support/factories';
import { createSession, createTraining, publishRepositoryContent } from './support/training-factories';
import { createTestApp, type TestApp } from './support/test-app';

const LINK = 'https://meet.atolye.example/protection-online';

/** Only people holding a seat get the address of an online session's meetings. */
describe('the online meeting link', () => {
  let t: TestApp;
  let coordinator: string;
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = (await signedIn(t, ['coordinator'])).cookie;
    trainingId = (await createTraining(t, coordinator)).id;
  });
  afterAll(() => t.close());

  async function onlineSession(policy: 'automatic' | 'approval', capacity: number) {
    return createSession(t, coordinator, trainingId, {
      mode: 'online',
      venue: null,
      meetingLink: LINK,
      enrolmentPolicy: policy,
      capacity,
    });
  }

  async function enrol(sessionId: string): Promise<{ cookie: string; status: string }> {
    const { cookie } = await signedIn(t, ['trainee']);
    const response = await t
      .http()
      .post(`/api/sessions/${sessionId}/enrol`)
      .set('Cookie', cookie)
      .expect(201);
    return { cookie, status: response.body.status };
  }

  async function seen(cookie: string, sessionId: string): Promise<{ listed: string | null; ics: string }> {
    const mine = (await t.http().get('/api/my/enrolments').set('Cookie', cookie).expect(200))
      .body as MyEnrolment[];
    const ics = await t
      .http()
      .get(`/api/sessions/${sessionId}/calendar.ics`)
      .set('Cookie', cookie)
      .expect(200);
    return {
      listed: mine.find((e) => e.session.id === sessionId)?.session.meetingLink ?? null,
      ics: ics.text,
    };
  }

  it('is given to the enrolled, and kept from the waitlisted and from requests pending approval', async () => {
    const full = await onlineSession('automatic', 1);
    const enrolled = await enrol(full.id);
    const waitlisted = await enrol(full.id);
    const approval = await onlineSession('approval', 10);
    const pending = await enrol(approval.id);
    expect([enrolled.status, waitlisted.status, pending.status]).toEqual([
      'enrolled',
      'waitlisted',
      'pending',
    ]);

    const holder = await seen(enrolled.cookie, full.id);
    expect(holder.listed).toBe(LINK);
    expect(holder.ics).toContain(LINK);
    for (const [person, session] of [
      [waitlisted, full.id],
      [pending, approval.id],
    ] as const) {
      const { listed, ics } = await seen(person.cookie, session);
      expect(listed).toBeNull();
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).not.toContain('meet.atolye.example');
    }
  });
});
