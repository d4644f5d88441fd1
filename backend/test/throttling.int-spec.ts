import { PasswordHasher } from '../src/auth/password-hasher';
import { createPerson, TEST_PASSWORD, uniqueEmail } from './support/factories';
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
