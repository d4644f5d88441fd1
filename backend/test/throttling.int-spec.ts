import { PasswordHasher } from '../src/access/password-hasher';
import { createPerson, signedIn, signIn, TEST_PASSWORD, uniqueEmail } from './support/factories';
import { mailedToken, startSmtpCapture, type SmtpCapture } from './support/smtp-capture';
import { createTestApp, type TestApp } from './support/test-app';

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ loginMaxFailuresPerAccount: 3, loginMaxFailuresPerAddress: 6 });
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.query('DELETE FROM login_failures'));

  it('locks an account after too many failures, even for the right password, and says when to retry', async () => {
    const person = await createPerson(t.db);
    for (let i = 0; i < 3; i++) {
      await t
        .http()
        .post('/api/auth/sign-in')
        .send({ email: person.email, password: 'wrong-password' })
        .expect(401);
    }
    const locked = await t
      .http()
      .post('/api/auth/sign-in')
      .send({ email: person.email, password: TEST_PASSWORD })
      .expect(429);
    expect(locked.body.message).toMatch(/Too many failed sign-in attempts/);
    expect(locked.body).toMatchObject({ code: 'auth.tooManyAttempts', params: { minutes: 15 } });
    expect(locked.headers['retry-after']).toBe(String(15 * 60));
  });

  it('throttles unknown emails the same way, so locking reveals nothing about accounts', async () => {
    const email = uniqueEmail('nobody');
    for (let i = 0; i < 3; i++) {
      await t.http().post('/api/auth/sign-in').send({ email, password: 'wrong-password' }).expect(401);
    }
    await t.http().post('/api/auth/sign-in').send({ email, password: 'wrong-password' }).expect(429);
  });

  it('throttles one address trying many accounts', async () => {
    for (let i = 0; i < 6; i++) {
      await t
        .http()
        .post('/api/auth/sign-in')
        .send({ email: uniqueEmail('spray'), password: 'wrong-password' })
        .expect(401);
    }
    const person = await createPerson(t.db);
    await t
      .http()
      .post('/api/auth/sign-in')
      .send({ email: person.email, password: TEST_PASSWORD })
      .expect(429);
  });

  it('does not count failures older than the window', async () => {
    const person = await createPerson(t.db);
    for (let i = 0; i < 3; i++) {
      await t
        .http()
        .post('/api/auth/sign-in')
        .send({ email: person.email, password: 'wrong-password' })
        .expect(401);
    }
    await t.db.query(`UPDATE login_failures SET at = now() - interval '16 minutes'`);
    await t
      .http()
      .post('/api/auth/sign-in')
      .send({ email: person.email, password: TEST_PASSWORD })
      .expect(200);
  });
});

describe('sign-in throttling under parallel attempts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ loginMaxFailuresPerAccount: 5, loginMaxFailuresPerAddress: 20 });
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.query('DELETE FROM login_failures'));
  afterEach(() => jest.restoreAllMocks());

  async function statuses(requests: Promise<{ status: number }>[]): Promise<Record<number, number>> {
    const counts: Record<number, number> = {};
    for (const { status } of await Promise.all(requests)) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }

  it('checks no more than 5 of 200 parallel wrong passwords for one account', async () => {
    const person = await createPerson(t.db);
    const checks = jest.spyOn(t.app.get(PasswordHasher), 'verify');
    const answers = await statuses(
      Array.from({ length: 200 }, () =>
        t.http().post('/api/auth/sign-in').send({ email: person.email, password: 'wrong-password' }).then(),
      ),
    );
    expect(answers).toEqual({ 401: 5, 429: 195 });
    expect(checks).toHaveBeenCalledTimes(5);
  });

  it('checks no more than 20 of 200 parallel attempts on different accounts from one address', async () => {
    const checks = jest.spyOn(t.app.get(PasswordHasher), 'verify');
    const answers = await statuses(
      Array.from({ length: 200 }, () =>
        t
          .http()
          .post('/api/auth/sign-in')
          .send({ email: uniqueEmail('spray'), password: 'wrong-password' })
          .then(),
      ),
    );
    expect(answers).toEqual({ 401: 20, 429: 180 });
    expect(checks).toHaveBeenCalledTimes(20);
  });
});

describe('getting out of a throttled account', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({
      loginMaxFailuresPerAccount: 3,
      loginMaxFailuresPerAddress: 50,
      smtpUrl: smtp.url,
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(() => t.db.query('DELETE FROM login_failures'));

  async function throttle(email: string): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await t.http().post('/api/auth/sign-in').send({ email, password: 'wrong-password' }).expect(401);
    }
    await t.http().post('/api/auth/sign-in').send({ email, password: TEST_PASSWORD }).expect(429);
  }

  it('lets the owner in through the password-reset mail: a reset lifts the throttle', async () => {
    const person = await createPerson(t.db);
    await throttle(person.email);
    await t.http().post('/api/auth/password-reset').send({ email: person.email }).expect(202);
    const token = await mailedToken(smtp, person.email, '/reset-password');
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'the-owner-is-back' })
      .expect(204);
    await signIn(t, person.email, 'the-owner-is-back');
  });

  it('lets an administrator lift the throttle, says until when it held, and audits it', async () => {
    const person = await createPerson(t.db, { fullName: 'Kostas Nikolaidis' });
    const admin = await signedIn(t, ['admin']);
    await throttle(person.email);
    const locked = await t.http().get(`/api/people/${person.id}`).set('Cookie', admin.cookie).expect(200);
    const until = Date.parse(locked.body.signInLockedUntil);
    expect(until).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 15 * 60_000);

    const trainee = await signedIn(t, ['trainee']);
    await t.http().post(`/api/people/${person.id}/unlock`).set('Cookie', trainee.cookie).expect(403);
    const unlocked = await t
      .http()
      .post(`/api/people/${person.id}/unlock`)
      .set('Cookie', admin.cookie)
      .expect(200);
    expect(unlocked.body).toMatchObject({ id: person.id, signInLockedUntil: null });
    await signIn(t, person.email);
    const [entry] = await t.db.query(
      `SELECT actor_id, subject_label, before, after FROM audit_log WHERE action = 'person.sign_in_unlocked' AND subject_id = $1`,
      [person.id],
    );
    expect(entry).toEqual({
      actor_id: admin.person.id,
      subject_label: 'Kostas Nikolaidis',
      before: { failedSignIns: 3 },
      after: { failedSignIns: 0 },
    });
  });

  it('lets an administrator whose own account is throttled in through the reset mail too', async () => {
    const admin = await createPerson(t.db, { roles: ['admin'] });
    await throttle(admin.email);
    await t.http().post('/api/auth/password-reset').send({ email: admin.email }).expect(202);
    const token = await mailedToken(smtp, admin.email, '/reset-password');
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'admin-is-back-in' })
      .expect(204);
    await signIn(t, admin.email, 'admin-is-back-in');
  });
});
