import { SESSION_COOKIE } from '@atolye/shared';
import { AfterResponse } from '../src/auth/after-response';
import { RegistrationRepository } from '../src/auth/registration.repository';
import { createOrganisation, createPerson, signIn, TEST_PASSWORD, uniqueEmail } from './support/factories';
import { mailedToken, startSmtpCapture, type SmtpCapture } from './support/smtp-capture';
import { createTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'a-long-password';

describe('registration with a confirmed address', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let organisationId: string;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ smtpUrl: smtp.url, registrationMaxPerAccount: 3 });
    organisationId = (await createOrganisation(t.db, { name: `Kayseri Göç Derneği ${Date.now()}` })).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const register = (fields: Record<string, unknown>) =>
    t
      .http()
      .post('/api/auth/register')
      .send({ fullName: 'Zeynep Çelik', password: PASSWORD, organisationId, language: 'tr', ...fields });
  const confirm = (token: string) => t.http().post('/api/auth/register/confirm').send({ token });
  const settled = () => t.app.get(AfterResponse).settled();
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

  it('opens the account only once the link mailed to the address is followed, and signs nobody in', async () => {
    const email = uniqueEmail('register');
    const answer = await register({ email, gender: 'female' }).expect(202);
    expect(answer.body).toEqual({
      message:
        'A link to confirm the address is on its way to it; the account opens when the link is followed. If the address already has an account, its owner is told instead.',
      confirmationRequired: true,
    });
    expect(answer.headers['set-cookie']).toBeUndefined();
    await settled();
    await t.http().post('/api/auth/sign-in').send({ email, password: PASSWORD }).expect(401);
    expect(await t.db.query('SELECT 1 FROM people WHERE email = $1', [email])).toEqual([]);

    const token = await mailedToken(smtp, email, '/confirm-email');
    expect(mailsTo(email)[0].subject).toBe('Atölye hesabınızı açmak için adresinizi onaylayın');
    await confirm(token).expect(204);
    const cookie = await signIn(t, email, PASSWORD);
    const me = await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({
      fullName: 'Zeynep Çelik',
      email,
      roles: ['trainee'],
      language: 'tr',
      gender: 'female',
      organisation: { id: organisationId },
    });
    const again = await confirm(token).expect(410);
    expect(again.body).toMatchObject({ code: 'auth.confirmLinkUsed' });
  });

  it('answers a known address exactly as a new one, mails its owner instead, and changes nothing', async () => {
    const owner = await createPerson(t.db, { fullName: 'Rana Al-Khatib' });
    const fresh = uniqueEmail('fresh');
    const known = await register({ email: owner.email, fullName: 'Someone Else' });
    const unknown = await register({ email: fresh, fullName: 'Someone Else' });
    expect({ status: known.status, body: known.body }).toEqual({
      status: unknown.status,
      body: unknown.body,
    });
    await settled();

    const notice = await smtp.waitFor((m) => m.to.includes(owner.email));
    expect(notice.subject).toBe('Someone asked to open an Atölye account with your address');
    expect(notice.text).toContain('Dear Rana Al-Khatib,');
    expect(notice.text).not.toMatch(/token=/);
    await signIn(t, owner.email, TEST_PASSWORD);
    await t.http().post('/api/auth/sign-in').send({ email: owner.email, password: PASSWORD }).expect(401);
    const [row] = await t.db.query('SELECT full_name FROM people WHERE id = $1', [owner.id]);
    expect(row.full_name).toBe('Rana Al-Khatib');
  });

  it('answers before anything depends on the address, so a known one takes no longer', async () => {
    const owner = await createPerson(t.db);
    const slow = jest
      .spyOn(t.app.get(RegistrationRepository), 'createPending')
      .mockImplementation(async () => new Promise((resolve) => setTimeout(resolve, 1500)));
    try {
      for (const email of [owner.email, uniqueEmail('timed')]) {
        const started = Date.now();
        await register({ email }).expect(202);
        expect(Date.now() - started).toBeLessThan(1000);
      }
    } finally {
      await settled();
      slow.mockRestore();
    }
  });

  it('lets only the mailbox owner decide: of two registrations for one address, the followed link opens the account', async () => {
    const email = uniqueEmail('contested');
    await register({ email, fullName: 'Someone Pretending', password: 'chosen-by-someone-else' }).expect(202);
    await register({ email, fullName: 'Layla Haddad' }).expect(202);
    await settled();
    await mailedToken(smtp, email, '/confirm-email', 2);
    const tokenFor = (name: string) =>
      (
        /confirm-email\?token=([A-Za-z0-9_-]{43})/.exec(
          mailsTo(email).find((m) => m.text.includes(`Sayın ${name},`))?.text ?? '',
        ) as RegExpExecArray
      )[1];
    const ownersLink = tokenFor('Layla Haddad');
    const othersLink = tokenFor('Someone Pretending');
    await confirm(ownersLink).expect(204);
    await confirm(othersLink).expect(410);
    await t.http().post('/api/auth/sign-in').send({ email, password: 'chosen-by-someone-else' }).expect(401);
    const cookie = await signIn(t, email, PASSWORD);
    const me = await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.fullName).toBe('Layla Haddad');
  });

  it('refuses an unknown link with 400 and an expired one with 410, naming the token', async () => {
    const unknown = await confirm('A'.repeat(43)).expect(400);
    expect(unknown.body).toMatchObject({
      code: 'auth.confirmLinkInvalid',
      details: [{ field: 'token', reason: 'is not a valid confirmation link' }],
    });
    await confirm('not a token').expect(400);
    const email = uniqueEmail('late');
    await register({ email }).expect(202);
    await settled();
    const token = await mailedToken(smtp, email, '/confirm-email');
    await t.db.query(
      `UPDATE pending_registrations SET expires_at = now() - interval '1 minute' WHERE email = $1`,
      [email],
    );
    const expired = await confirm(token).expect(410);
    expect(expired.body).toMatchObject({
      code: 'auth.confirmLinkExpired',
      details: [{ field: 'token', reason: 'has expired' }],
    });
  });

  it('throttles registrations for one address, whether or not it has an account', async () => {
    const email = uniqueEmail('again');
    for (let i = 0; i < 3; i++) await register({ email }).expect(202);
    const refused = await register({ email }).expect(429);
    expect(refused.body).toMatchObject({ code: 'auth.tooManyRegistrations', params: { minutes: 15 } });
    expect(refused.headers['retry-after']).toBe(String(15 * 60));
    await mailedToken(smtp, email, '/confirm-email', 3);
    await new Promise((r) => setTimeout(r, 200));
    expect(mailsTo(email)).toHaveLength(3);
  });

  it('refuses a request that tries to choose its own roles', async () => {
    const response = await register({ email: uniqueEmail(), roles: ['admin'] }).expect(400);
    expect(response.body.details).toEqual([{ field: 'roles', reason: 'property roles should not exist' }]);
  });

  it('refuses a short password and an unknown organisation, naming the field', async () => {
    const short = await register({ email: uniqueEmail(), password: 'short' }).expect(400);
    expect(short.body.details[0]).toEqual({
      field: 'password',
      reason: 'password must be at least 10 characters long',
    });
    const unknownOrganisation = await register({
      email: uniqueEmail(),
      organisationId: '00000000-0000-4000-8000-000000000000',
    }).expect(422);
    expect(unknownOrganisation.body.details).toEqual([
      { field: 'organisationId', reason: 'no organisation with this id' },
    ]);
  });
});

describe('registration without an SMTP server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('opens the account at once (no mail could confirm it) with the same answer for a known address', async () => {
    const organisation = await createOrganisation(t.db);
    const owner = await createPerson(t.db);
    const email = uniqueEmail('laptop');
    const body = {
      fullName: 'Ali Demir',
      password: PASSWORD,
      organisationId: organisation.id,
      language: 'en',
    };
    const fresh = await t
      .http()
      .post('/api/auth/register')
      .send({ ...body, email })
      .expect(202);
    const known = await t
      .http()
      .post('/api/auth/register')
      .send({ ...body, email: owner.email })
      .expect(202);
    expect(fresh.body).toEqual(known.body);
    expect(fresh.body.confirmationRequired).toBe(false);
    expect(
      ([] as string[]).concat(fresh.headers['set-cookie'] ?? []).some((c) => c.startsWith(SESSION_COOKIE)),
    ).toBe(false);
    await t.app.get(AfterResponse).settled();
    await signIn(t, email, PASSWORD);
    await signIn(t, owner.email, TEST_PASSWORD);
    const [kept] = await t.db.query(`SELECT kind, status FROM mail_outbox WHERE recipient = $1`, [
      owner.email,
    ]);
    expect(kept).toMatchObject({ kind: 'registration_existing' });
  });
});

describe('registration switched off by configuration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ registrationOpen: false });
  });
  afterAll(() => t.close());

  it('says so in the settings and refuses to register', async () => {
    await t.http().get('/api/auth/settings').expect(200, { registrationOpen: false });
    const organisation = await createOrganisation(t.db);
    const response = await t
      .http()
      .post('/api/auth/register')
      .send({
        fullName: 'Ali Demir',
        email: uniqueEmail(),
        password: PASSWORD,
        organisationId: organisation.id,
        language: 'en',
      })
      .expect(403);
    expect(response.body.message).toMatch(/Self-registration is closed/);
  });
});
