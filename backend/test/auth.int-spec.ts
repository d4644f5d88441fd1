import { SESSION_COOKIE } from '@atolye/shared';
import { createPerson, signIn, TEST_PASSWORD, uniqueEmail } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('sign-in, sessions and registration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('POST /api/auth/sign-in', () => {
    it('signs in and holds the session in an httpOnly, SameSite cookie', async () => {
      const person = await createPerson(t.db, { roles: ['trainer'], fullName: 'Murat Güneş' });
      const response = await t
        .http()
        .post('/api/auth/sign-in')
        .send({ email: person.email.toUpperCase(), password: TEST_PASSWORD })
        .expect(200);
      expect(response.body).toMatchObject({ id: person.id, fullName: 'Murat Güneş', roles: ['trainer'] });
      const cookie = ([] as string[]).concat(response.headers['set-cookie'])[0];
      expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(JSON.stringify(response.body)).not.toMatch(/token|passwordHash|argon2/i);
    });

    it('gives the same answer for an unknown email and a wrong password', async () => {
      const person = await createPerson(t.db);
      const wrongPassword = await t
        .http()
        .post('/api/auth/sign-in')
        .send({ email: person.email, password: 'not-the-password' });
      const unknown = await t
        .http()
        .post('/api/auth/sign-in')
        .send({ email: uniqueEmail('nobody'), password: 'not-the-password' });
      expect(wrongPassword.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(unknown.body).toEqual(wrongPassword.body);
      expect(wrongPassword.body.message).toBe('Email or password is incorrect');
    });

    it('refuses a disabled account even with the right password', async () => {
      const person = await createPerson(t.db, { disabled: true });
      const response = await t
        .http()
        .post('/api/auth/sign-in')
        .send({ email: person.email, password: TEST_PASSWORD })
        .expect(403);
      expect(response.body.message).toMatch(/disabled/);
    });

    it('answers a malformed body with 400 naming the field', async () => {
      const response = await t
        .http()
        .post('/api/auth/sign-in')
        .send({ email: 'not-an-email', password: 'x' })
        .expect(400);
      expect(response.body.details).toEqual([
        { field: 'email', reason: 'email must be a valid email address' },
      ]);
    });
  });

  describe('the session', () => {
    it('ends at sign-out: the old cookie is refused on the next request', async () => {
      const person = await createPerson(t.db);
      const cookie = await signIn(t, person.email);
      await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
      await t.http().post('/api/auth/sign-out').set('Cookie', cookie).expect(204);
      await t.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
    });

    it('tells a visitor, without an error, that nobody is signed in, and a signed-in person who they are', async () => {
      expect((await t.http().get('/api/auth/session').expect(200)).body).toEqual({ person: null });
      const person = await createPerson(t.db);
      const cookie = await signIn(t, person.email);
      const me = (await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200)).body;
      const session = await t.http().get('/api/auth/session').set('Cookie', cookie).expect(200);
      expect(session.body).toEqual({ person: me });
      expect(me).toMatchObject({ id: person.id, email: person.email });
      await t.http().post('/api/auth/sign-out').set('Cookie', cookie).expect(204);
      expect((await t.http().get('/api/auth/session').set('Cookie', cookie).expect(200)).body).toEqual({
        person: null,
      });
    });

    it('applies a role change on the very next request', async () => {
      const admin = await createPerson(t.db, { roles: ['admin'] });
      const person = await createPerson(t.db, { roles: ['coordinator'] });
      const adminCookie = await signIn(t, admin.email);
      const cookie = await signIn(t, person.email);
      await t.http().get('/api/organisations').set('Cookie', cookie).expect(200);
      await t
        .http()
        .put(`/api/people/${person.id}/roles`)
        .set('Cookie', adminCookie)
        .send({ roles: ['trainee'] })
        .expect(200);
      await t.http().get('/api/organisations').set('Cookie', cookie).expect(403);
      const me = await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
      expect(me.body.roles).toEqual(['trainee']);
    });

    it('ends every session of an account that is disabled', async () => {
      const admin = await createPerson(t.db, { roles: ['admin'] });
      const person = await createPerson(t.db);
      const adminCookie = await signIn(t, admin.email);
      const cookie = await signIn(t, person.email);
      await t
        .http()
        .put(`/api/people/${person.id}/disabled`)
        .set('Cookie', adminCookie)
        .send({ disabled: true })
        .expect(200);
      await t.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
    });

    it('refuses a forged or garbled cookie', async () => {
      await t.http().get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=forged-token`).expect(401);
      await t
        .http()
        .get('/api/auth/me')
        .set('Cookie', `${SESSION_COOKIE}=${'x'.repeat(5000)}`)
        .expect(401);
    });
  });

  describe('session fixation', () => {
    const cookieOf = (response: { headers: Record<string, unknown> }) =>
      ([] as string[])
        .concat((response.headers['set-cookie'] as string[]) ?? [])
        .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
        ?.split(';')[0];

    it('never adopts a session token planted before sign-in', async () => {
      const person = await createPerson(t.db);
      const planted = `${SESSION_COOKIE}=${'p'.repeat(43)}`;
      const response = await t
        .http()
        .post('/api/auth/sign-in')
        .set('Cookie', planted)
        .send({ email: person.email, password: TEST_PASSWORD })
        .expect(200);
      expect(cookieOf(response)).toBeDefined();
      expect(cookieOf(response)).not.toBe(planted);
      await t.http().get('/api/auth/me').set('Cookie', planted).expect(401);
    });

    it('ends the session a browser held when someone signs in over it', async () => {
      const first = await createPerson(t.db);
      const second = await createPerson(t.db);
      const held = await signIn(t, first.email);
      const response = await t
        .http()
        .post('/api/auth/sign-in')
        .set('Cookie', held)
        .send({ email: second.email, password: TEST_PASSWORD })
        .expect(200);
      const fresh = cookieOf(response) as string;
      expect(fresh).not.toBe(held);
      await t.http().get('/api/auth/me').set('Cookie', held).expect(401);
      const me = await t.http().get('/api/auth/me').set('Cookie', fresh).expect(200);
      expect(me.body.id).toBe(second.id);
    });

    it('gives every sign-in a token of its own, even for the same person', async () => {
      const person = await createPerson(t.db);
      const tokens = await Promise.all([signIn(t, person.email), signIn(t, person.email)]);
      expect(tokens[0]).not.toBe(tokens[1]);
    });
  });
});
