import { createPerson, signIn, TEST_PASSWORD } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const PORTAL = 'https://atolye.example.org';
const ELSEWHERE = 'https://attacker.example.net';

describe('requests from other sites', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ publicUrl: PORTAL });
  });
  afterAll(() => t.close());

  async function session(): Promise<string> {
    return signIn(t, (await createPerson(t.db)).email);
  }

  it('refuses a POST with an empty body whose Origin is another site, and changes nothing', async () => {
    const cookie = await session();
    const refused = await t
      .http()
      .post('/api/auth/sign-out')
      .set('Cookie', cookie)
      .set('Origin', ELSEWHERE)
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'request.foreignOrigin' });
    expect(refused.body.message).toContain(`Origin: ${ELSEWHERE}`);
    await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
  });

  it('judges by the Referer when there is no Origin', async () => {
    const cookie = await session();
    await t
      .http()
      .post('/api/me/calendar/reset')
      .set('Cookie', cookie)
      .set('Referer', `${ELSEWHERE}/page.html`)
      .expect(403);
    await t.http().post('/api/auth/sign-out').set('Cookie', cookie).set('Referer', 'not a url').expect(403);
  });

  it('refuses an opaque origin ("null"), and PUT, PATCH and DELETE as well as POST', async () => {
    const cookie = await session();
    await t.http().post('/api/auth/sign-out').set('Cookie', cookie).set('Origin', 'null').expect(403);
    await t
      .http()
      .patch('/api/me')
      .set('Cookie', cookie)
      .set('Origin', ELSEWHERE)
      .send({ fullName: 'Changed From Elsewhere' })
      .expect(403);
    await t
      .http()
      .put('/api/me/password')
      .set('Cookie', cookie)
      .set('Origin', ELSEWHERE)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'chosen-elsewhere' })
      .expect(403);
    await t
      .http()
      .delete('/api/indicators/00000000-0000-4000-8000-000000000001')
      .set('Origin', ELSEWHERE)
      .expect(403);
    const me = await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.fullName).not.toBe('Changed From Elsewhere');
  });

  it('refuses a sign-in posted from another site', async () => {
    const person = await createPerson(t.db);
    await t
      .http()
      .post('/api/auth/sign-in')
      .set('Origin', ELSEWHERE)
      .send({ email: person.email, password: TEST_PASSWORD })
      .expect(403);
  });

  it("accepts changes from the portal's own origin, by Origin or by Referer", async () => {
    const cookie = await session();
    await t
      .http()
      .patch('/api/me')
      .set('Cookie', cookie)
      .set('Origin', PORTAL)
      .send({ language: 'tr' })
      .expect(200);
    await t
      .http()
      .post('/api/auth/sign-out')
      .set('Cookie', cookie)
      .set('Referer', `${PORTAL}/profile`)
      .expect(204);
  });

  it('lets a client that is not a browser (neither Origin nor Referer) through on its own credentials', async () => {
    const cookie = await session();
    await t.http().post('/api/auth/sign-out').set('Cookie', cookie).expect(204);
  });

  it('answers reads from anywhere: a GET changes nothing', async () => {
    await t.http().get('/api/auth/settings').set('Origin', ELSEWHERE).expect(200);
  });
});

describe('requests from other sites, on a laptop', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'http://localhost:3000' });
  });
  afterAll(() => t.close());

  it('accepts the other loopback names of the same port, and nothing else', async () => {
    const cookie = await signIn(t, (await createPerson(t.db)).email);
    await t
      .http()
      .patch('/api/me')
      .set('Cookie', cookie)
      .set('Origin', 'http://127.0.0.1:3000')
      .send({})
      .expect(200);
    await t
      .http()
      .patch('/api/me')
      .set('Cookie', cookie)
      .set('Origin', 'http://[::1]:3000')
      .send({})
      .expect(200);
    await t
      .http()
      .patch('/api/me')
      .set('Cookie', cookie)
      .set('Origin', 'http://localhost:4200')
      .send({})
      .expect(403);
    await t
      .http()
      .patch('/api/me')
      .set('Cookie', cookie)
      .set('Origin', 'https://localhost:3000')
      .send({})
      .expect(403);
  });
});
