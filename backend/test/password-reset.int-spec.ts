import { AfterResponse } from '../src/auth/after-response';
import { PasswordResetRepository } from '../src/access/password-reset.repository';
import { createPerson, signIn, TEST_PASSWORD, uniqueEmail } from './support/factories';
import { mailedToken, startSmtpCapture, type SmtpCapture } from './support/smtp-capture';
import { createTestApp, type TestApp } from './support/test-app';

const NEW_PASSWORD = 'a-brand-new-passphrase';

describe('password reset', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const requestLink = (email: string) => t.http().post('/api/auth/password-reset').send({ email });
  const confirm = (token: string, password = NEW_PASSWORD) =>
    t.http().post('/api/auth/password-reset/confirm').send({ token, password });

  /** The token in the `nth` reset mail delivered to this address, as the recipient would click it. */
  const resetToken = (email: string, nth = 1) => mailedToken(smtp, email, '/reset-password', nth);

  it('mails a single-use link that sets a new password, signs the person out everywhere and is audited', async () => {
    const person = await createPerson(t.db);
    const cookie = await signIn(t, person.email);
    const answer = await requestLink(person.email.toUpperCase()).expect(202);
    expect(answer.body).toEqual({
      message: 'If an account uses this address, a link to choose a new password is on its way.',
    });
    const token = await resetToken(person.email);
    const [stored] = await t.db.query(
      `SELECT token_hash, expires_at - created_at AS valid FROM password_reset_tokens WHERE person_id = $1`,
      [person.id],
    );
    expect(stored.token_hash).not.toContain(token);
    expect(stored.valid).toMatchObject({ hours: 1 });

    await confirm(token).expect(204);
    await t.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
    await t
      .http()
      .post('/api/auth/sign-in')
      .send({ email: person.email, password: TEST_PASSWORD })
      .expect(401);
    await signIn(t, person.email, NEW_PASSWORD);
    const [entry] = await t.db.query(
      `SELECT actor_id, subject_label FROM audit_log WHERE action = 'person.password_reset' AND subject_id = $1`,
      [person.id],
    );
    expect(entry).toEqual({ actor_id: person.id, subject_label: person.fullName });

    const used = await confirm(token, 'yet-another-passphrase').expect(410);
    expect(used.body.details).toEqual([{ field: 'token', reason: 'was already used' }]);
    expect(used.body.code).toBe('auth.resetLinkUsed');
  });

  it('gives the same answer for an unknown address and a disabled account, and mails neither', async () => {
    const disabled = await createPerson(t.db, { disabled: true });
    const unknown = uniqueEmail('nobody');
    const known = await createPerson(t.db);
    const answers = await Promise.all(
      [unknown, disabled.email, known.email].map(async (email) => {
        const response = await requestLink(email);
        return { status: response.status, body: response.body };
      }),
    );
    expect(answers[0]).toEqual(answers[2]);
    expect(answers[1]).toEqual(answers[2]);
    await t.app.get(AfterResponse).settled();
    await resetToken(known.email);
    const [{ count }] = await t.db.query(
      'SELECT count(*)::int AS count FROM mail_outbox WHERE recipient = ANY($1)',
      [[unknown, disabled.email]],
    );
    expect(count).toBe(0);
  });

  it('answers a real account as fast as an unknown address: the link is made after the answer', async () => {
    const person = await createPerson(t.db);
    const slow = jest
      .spyOn(t.app.get(PasswordResetRepository), 'createToken')
      .mockImplementation(async () => new Promise((resolve) => setTimeout(resolve, 1500)));
    try {
      const started = Date.now();
      await requestLink(person.email).expect(202);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await t.app.get(AfterResponse).settled();
      slow.mockRestore();
    }
  });

  it('refuses an expired link with 410 and an unknown one with 400, naming the token', async () => {
    const person = await createPerson(t.db);
    await requestLink(person.email).expect(202);
    const token = await resetToken(person.email);
    await t.db.query(
      `UPDATE password_reset_tokens SET expires_at = now() - interval '1 minute' WHERE person_id = $1`,
      [person.id],
    );
    const expired = await confirm(token).expect(410);
    expect(expired.body).toMatchObject({
      statusCode: 410,
      code: 'auth.resetLinkExpired',
      details: [{ field: 'token', reason: 'has expired' }],
    });
    const unknown = await confirm('A'.repeat(43)).expect(400);
    expect(unknown.body.details).toEqual([{ field: 'token', reason: 'is not a valid reset link' }]);
    expect(unknown.body.code).toBe('auth.resetLinkInvalid');
    await t
      .http()
      .post('/api/auth/sign-in')
      .send({ email: person.email, password: TEST_PASSWORD })
      .expect(200);
  });

  it('uses up older links once one of them has set the password', async () => {
    const person = await createPerson(t.db);
    await requestLink(person.email).expect(202);
    const older = await resetToken(person.email);
    await new Promise((r) => setTimeout(r, 5));
    await requestLink(person.email).expect(202);
    const newer = await resetToken(person.email, 2);
    expect(newer).not.toBe(older);
    await confirm(newer).expect(204);
    await confirm(older).expect(410);
  });
  it('uses up outstanding links when the person changes their own password', async () => {
    const person = await createPerson(t.db);
    await requestLink(person.email).expect(202);
    const token = await resetToken(person.email);
    const cookie = await signIn(t, person.email);
    await t
      .http()
      .put('/api/me/password')
      .set('Cookie', cookie)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'changed-on-the-profile' })
      .expect(204);
    const refused = await confirm(token).expect(410);
    expect(refused.body.code).toBe('auth.resetLinkUsed');
    await signIn(t, person.email, 'changed-on-the-profile');
  });

  it('uses up outstanding links when an administrator sets a new password', async () => {
    const person = await createPerson(t.db);
    const admin = await createPerson(t.db, { roles: ['admin'] });
    await requestLink(person.email).expect(202);
    const token = await resetToken(person.email);
    await t
      .http()
      .put(`/api/people/${person.id}/password`)
      .set('Cookie', await signIn(t, admin.email))
      .send({ password: 'set-by-the-administrator' })
      .expect(204);
    await confirm(token).expect(410);
    await signIn(t, person.email, 'set-by-the-administrator');
  });
});

describe('password reset throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ passwordResetMaxPerAccount: 2, passwordResetMaxPerAddress: 4 });
    await t.db.query('DELETE FROM password_reset_requests');
  });
  afterAll(() => t.close());

  it('answers 429 after too many requests for one address, whether or not it has an account', async () => {
    const email = uniqueEmail('throttled');
    await t.http().post('/api/auth/password-reset').send({ email }).expect(202);
    await t.http().post('/api/auth/password-reset').send({ email }).expect(202);
    const refused = await t.http().post('/api/auth/password-reset').send({ email }).expect(429);
    expect(refused.body.message).toMatch(/Too many password-reset requests/);
    expect(refused.body).toMatchObject({ code: 'auth.tooManyResetRequests', params: { minutes: 15 } });
  });

  it('answers 429 after too many requests from one client address', async () => {
    await t
      .http()
      .post('/api/auth/password-reset')
      .send({ email: uniqueEmail('a') })
      .expect(202);
    await t
      .http()
      .post('/api/auth/password-reset')
      .send({ email: uniqueEmail('b') })
      .expect(202);
    await t
      .http()
      .post('/api/auth/password-reset')
      .send({ email: uniqueEmail('c') })
      .expect(429);
  });
});
