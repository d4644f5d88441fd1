import { signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('bad input and the shape of errors', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await signedIn(t, ['admin'])).cookie;
  });
  afterAll(() => t.close());

  it('answers invalid JSON with 400 and no parser internals', async () => {
    const response = await t
      .http()
      .post('/api/organisations')
      .set('Cookie', cookie)
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad request' });
    expect(JSON.stringify(response.body)).not.toMatch(/at JSON|node_modules|stack/i);
  });

  it('answers an oversized body with 413', async () => {
    const response = await t
      .http()
      .post('/api/organisations')
      .set('Cookie', cookie)
      .send({ name: 'x'.repeat(200_000) })
      .expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload too large',
      message: 'The request body is too large',
      code: 'tooLarge',
    });
  });

  it('answers a wrong content type with 415', async () => {
    const response = await t
      .http()
      .post('/api/organisations')
      .set('Cookie', cookie)
      .set('Content-Type', 'text/plain')
      .send('name=x')
      .expect(415);
    expect(response.body.message).toMatch(/JSON/);
  });

  it('answers an unknown field with 400 naming it', async () => {
    const response = await t
      .http()
      .patch('/api/me')
      .set('Cookie', cookie)
      .send({ favouriteColour: 'blue' })
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad request',
      message: 'favouriteColour: property favouriteColour should not exist',
      code: 'invalidInput',
      details: [{ field: 'favouriteColour', reason: 'property favouriteColour should not exist' }],
    });
  });

  it('answers values of the wrong type with 400, never 500', async () => {
    await t.http().patch('/api/me').set('Cookie', cookie).send({ fullName: 42 }).expect(400);
    await t.http().get('/api/people').query({ page: 'first' }).set('Cookie', cookie).expect(400);
    await t
      .http()
      .get('/api/people')
      .query({ page: ['1', '2'] })
      .set('Cookie', cookie)
      .expect(400);
    await t.http().get('/api/organisations/not-a-uuid').set('Cookie', cookie).expect(400);
  });

  it.each([
    ['a missing email', '/api/auth/password-reset', {}, 'email'],
    ['an invalid email', '/api/auth/password-reset', { email: 'not-an-address' }, 'email'],
    ['a missing token', '/api/auth/password-reset/confirm', { password: 'long-enough-password' }, 'token'],
    [
      'a malformed token',
      '/api/auth/password-reset/confirm',
      { token: '../../etc/passwd', password: 'long-enough-password' },
      'token',
    ],
    [
      'a short new password',
      '/api/auth/password-reset/confirm',
      { token: 'A'.repeat(43), password: 'short' },
      'password',
    ],
  ])('answers a password reset with %s with 400 naming the field', async (_case, path, body, field) => {
    const response = await t.http().post(path).send(body).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad request' });
    expect(response.body.details.map((d: { field: string }) => d.field)).toEqual([field]);
  });

  it('answers a malformed mail id with 400 naming it', async () => {
    const response = await t.http().get('/api/mail-outbox/not-a-uuid').set('Cookie', cookie).expect(400);
    expect(response.body.details).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
  });

  it('answers unknown API routes with 404 in the same shape', async () => {
    const response = await t.http().get('/api/nothing-here').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not found', code: 'notFound' });
  });

  it('sends security headers and forbids caching of personal data', async () => {
    const response = await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('reports the database state on /api/health', async () => {
    await t.http().get('/api/health').expect(200, { status: 'ok', database: 'up' });
  });

  it('describes every route in the OpenAPI document', async () => {
    const response = await t.http().get('/api/docs-json').expect(200);
    const paths = Object.keys(response.body.paths);
    for (const path of [
      '/api/auth/sign-in',
      '/api/people/{id}/roles',
      '/api/organisations/options',
      '/api/audit',
      '/api/me/password',
    ]) {
      expect(paths).toContain(path);
    }
    const operations = Object.values(response.body.paths as Record<string, object>).reduce(
      (n: number, p) => n + Object.keys(p).length,
      0,
    );
    expect(operations).toBe(106);
  });
});
