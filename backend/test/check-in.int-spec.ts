import type { CheckInCode } from '@atolye/shared';
import { checkInCode, windowOf } from '../src/attendance/check-in-codes';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, publishRepositoryContent } from './support/training-factories';

const HOUR = 3600_000;

describe('QR self check-in', () => {
  let t: TestApp;
  let coordinator: { cookie: string };
  let trainer: { person: { id: string }; cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainer = await signedIn(t, ['trainer']);
    trainingId = (await createTraining(t, coordinator.cookie)).id;
  });
  afterAll(() => t.close());

  /** A session with a meeting happening now and one tomorrow, and `n` enrolled trainees. */
  async function liveSession(n: number) {
    const now = Date.now();
    const session = await createSession(t, coordinator.cookie, trainingId, {
      trainerIds: [trainer.person.id],
      capacity: 500,
      meetings: [
        {
          startsAt: new Date(now - HOUR).toISOString(),
          endsAt: new Date(now + 2 * HOUR).toISOString(),
          topic: 'Now',
        },
        {
          startsAt: new Date(now + 24 * HOUR).toISOString(),
          endsAt: new Date(now + 27 * HOUR).toISOString(),
          topic: 'Tomorrow',
        },
      ],
    });
    const [now_, tomorrow] = session.meetings;
    const trainees = await Promise.all(Array.from({ length: n }, () => createPerson(t.db)));
    for (const trainee of trainees) {
      await t.db.query(
        `INSERT INTO enrolments (session_id, person_id, training_revision_id, status) SELECT id, $2, training_revision_id, 'enrolled' FROM sessions WHERE id = $1`,
        [session.id, trainee.id],
      );
    }
    const cookies = await Promise.all(trainees.map((p) => sessionCookieFor(t.db, p.id)));
    return { session, current: now_, tomorrow, trainees, cookies };
  }

  const codeOf = async (meetingId: string): Promise<CheckInCode> =>
    (await t.http().get(`/api/meetings/${meetingId}/check-in-code`).set('Cookie', trainer.cookie).expect(200))
      .body;

  it('marks a trainee present with method "self check-in" from the typed code alone', async () => {
    const { current, cookies, session } = await liveSession(1);
    const shown = await codeOf(current.id);
    expect(shown).toMatchObject({
      open: true,
      periodSeconds: 30,
      url: expect.stringMatching(new RegExp(`/check-in/${current.id}\\?code=\\d{6}$`)),
    });
    expect(shown.qrSvg).toMatch(/^<svg/);
    const result = await t
      .http()
      .post('/api/check-in')
      .set('Cookie', cookies[0])
      .send({ code: shown.code })
      .expect(200);
    expect(result.body).toMatchObject({
      meetingId: current.id,
      status: 'present',
      alreadyRecorded: false,
      sessionTitle: session.title,
    });
    const again = await t
      .http()
      .post('/api/check-in')
      .set('Cookie', cookies[0])
      .send({ code: shown.code, meetingId: current.id })
      .expect(200);
    expect(again.body.alreadyRecorded).toBe(true);
    const [record] = await t.db.query('SELECT status, method FROM attendance_records WHERE meeting_id = $1', [
      current.id,
    ]);
    expect(record).toEqual({ status: 'present', method: 'self_check_in' });
    // Audited once, as the person's own change; the repeated check-in changed nothing.
    const entries = await t.db.query(
      `SELECT after FROM audit_log WHERE action = 'attendance.edited' AND subject_id = $1`,
      [current.id],
    );
    expect(entries).toEqual([{ after: { status: 'present', note: null, method: 'self_check_in' } }]);
  });

  it('refuses a code from an earlier window, with a clear message', async () => {
    const { current, cookies } = await liveSession(1);
    const [{ check_in_secret: secret }] = await t.db.query(
      'SELECT check_in_secret FROM meetings WHERE id = $1',
      [current.id],
    );
    const stale = checkInCode(secret, windowOf(new Date()) - 2);
    const response = await t
      .http()
      .post('/api/check-in')
      .set('Cookie', cookies[0])
      .send({ code: stale, meetingId: current.id })
      .expect(400);
    expect(response.body.message).toMatch(/codes change every 30 seconds/);
  });

  it('refuses the code of another meeting', async () => {
    const first = await liveSession(1);
    const second = await liveSession(0);
    const otherCode = (await codeOf(second.current.id)).code;
    await t
      .http()
      .post('/api/check-in')
      .set('Cookie', first.cookies[0])
      .send({ code: otherCode, meetingId: first.current.id })
      .expect(400);
  });

  it('refuses someone not enrolled, and never marks a future meeting', async () => {
    const { current, tomorrow, cookies } = await liveSession(1);
    const outsider = await createPerson(t.db);
    const outsiderCookie = await sessionCookieFor(t.db, outsider.id);
    const code = (await codeOf(current.id)).code;
    const refused = await t
      .http()
      .post('/api/check-in')
      .set('Cookie', outsiderCookie)
      .send({ code, meetingId: current.id })
      .expect(403);
    expect(refused.body.message).toMatch(/not enrolled in this session/);
    const future = await t
      .http()
      .post('/api/check-in')
      .set('Cookie', cookies[0])
      .send({ code: (await codeOf(tomorrow.id)).code, meetingId: tomorrow.id })
      .expect(409);
    expect(future.body.message).toMatch(/opens on .+, \d\d:\d\d \(Istanbul time\)$/);
    // The opening time travels as a value with the session's zone, for the portal to show in both.
    expect(future.body).toMatchObject({
      code: 'checkIn.notOpenYet',
      params: { opensAt: expect.any(String), timeZone: 'Europe/Istanbul' },
    });
    // It opens a grace period before the meeting starts.
    expect(Date.parse(future.body.params.opensAt)).toBeLessThan(Date.parse(tomorrow.startsAt));
    expect(Date.parse(future.body.params.opensAt)).toBeGreaterThan(Date.now());
    const [{ count }] = await t.db.query(
      'SELECT count(*)::int AS count FROM attendance_records WHERE meeting_id = $1',
      [tomorrow.id],
    );
    expect(count).toBe(0);
  });

  it('needs a signed-in trainee', async () => {
    await t.http().post('/api/check-in').send({ code: '123456' }).expect(401);
  });

  it('records 200 simultaneous check-ins exactly once each for the enrolled, refusing the others', async () => {
    const { current, cookies } = await liveSession(150);
    const outsiders = await Promise.all(Array.from({ length: 30 }, () => createPerson(t.db)));
    const outsiderCookies = await Promise.all(outsiders.map((p) => sessionCookieFor(t.db, p.id)));
    const code = (await codeOf(current.id)).code;
    // 150 enrolled, 20 of them twice (a double tap), and 30 who are not enrolled: 200 requests.
    const requests = [...cookies, ...cookies.slice(0, 20), ...outsiderCookies].map((cookie) =>
      t.http().post('/api/check-in').set('Cookie', cookie).send({ code, meetingId: current.id }),
    );
    const responses = await Promise.all(requests);
    expect(responses).toHaveLength(200);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(170);
    expect(responses.filter((r) => r.status === 403)).toHaveLength(30);
    const [{ records, people }] = await t.db.query(
      'SELECT count(*)::int AS records, count(DISTINCT enrolment_id)::int AS people FROM attendance_records WHERE meeting_id = $1',
      [current.id],
    );
    expect({ records, people }).toEqual({ records: 150, people: 150 });
  });

  describe('guessing codes', () => {
    /** A six-digit code that is neither the current nor the previous one of the meeting. */
    async function wrongCode(meetingId: string): Promise<string> {
      const [{ secret }] = await t.db.query('SELECT check_in_secret AS secret FROM meetings WHERE id = $1', [
        meetingId,
      ]);
      const valid = [0, -1, 1].map((offset) => checkInCode(secret, windowOf(new Date()) + offset));
      let code = 100000;
      while (valid.includes(String(code))) code++;
      return String(code);
    }

    it('refuses a person after 10 wrong codes in 5 minutes with 429 and Retry-After, even sent in parallel', async () => {
      const { current, cookies } = await liveSession(1);
      const wrong = await wrongCode(current.id);
      const responses = await Promise.all(
        Array.from({ length: 40 }, () =>
          t
            .http()
            .post('/api/check-in')
            .set('Cookie', cookies[0])
            .send({ code: wrong, meetingId: current.id }),
        ),
      );
      expect(responses.filter((r) => r.status === 400)).toHaveLength(10);
      const refused = responses.filter((r) => r.status === 429);
      expect(refused).toHaveLength(30);
      expect(refused[0].body).toMatchObject({
        code: 'checkIn.tooManyAttempts',
        params: { minutes: expect.any(Number) },
      });
      const retryAfter = Number(refused[0].headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(300);
      // Even the right code waits now: it could be the 11th guess.
      const code = (await codeOf(current.id)).code;
      await t
        .http()
        .post('/api/check-in')
        .set('Cookie', cookies[0])
        .send({ code, meetingId: current.id })
        .expect(429);
    });

    it('does not count right codes, so a trainee checking in to several meetings is never held up', async () => {
      const { current, cookies } = await liveSession(1);
      const code = (await codeOf(current.id)).code;
      for (let i = 0; i < 15; i++)
        await t
          .http()
          .post('/api/check-in')
          .set('Cookie', cookies[0])
          .send({ code, meetingId: current.id })
          .expect(200);
    });

    it('refuses the whole meeting after 100 wrong codes from its trainees together', async () => {
      const { current, cookies } = await liveSession(12);
      const wrong = await wrongCode(current.id);
      const statuses: number[] = [];
      for (const cookie of cookies) {
        const answers = await Promise.all(
          Array.from({ length: 10 }, () =>
            t.http().post('/api/check-in').set('Cookie', cookie).send({ code: wrong, meetingId: current.id }),
          ),
        );
        statuses.push(...answers.map((a) => a.status));
      }
      expect(statuses.filter((s) => s === 400)).toHaveLength(100);
      expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    });
  });
});
