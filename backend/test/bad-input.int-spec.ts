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

  it('answers an invitation for a malformed person id with 400 naming it', async () => {
    const response = await t
      .http()
      .post('/api/people/not-a-uuid/invitation')
      .set('Cookie', cookie)
      .expect(400);
    expect(response.body.details).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
  });

  it('answers mail preferences naming an unknown kind with 400 naming the field', async () => {
    const response = await t
      .http()
      .put('/api/me/mail-preferences')
      .set('Cookie', cookie)
      .send({ optedOut: ['meeting_reminder', 'newsletter'] })
      .expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(['optedOut']);
    await t.http().post('/api/my/notifications/not-a-uuid/read').set('Cookie', cookie).expect(400);
  });

  it('answers a follow-up survey with a malformed id or answers that are not a set with 400 naming the field', async () => {
    const malformed = await t
      .http()
      .post('/api/my/enrolments/not-a-uuid/follow-up')
      .set('Cookie', cookie)
      .send({ answers: { used: 'yes' } })
      .expect(400);
    expect(malformed.body.details).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
    const notASet = await t
      .http()
      .post('/api/my/enrolments/3f2b8c1e-7d4a-4b8e-9c1f-2a6d5e4f3b21/follow-up')
      .set('Cookie', cookie)
      .send({ answers: ['yes'] })
      .expect(400);
    expect(notASet.body.details.map((d: { field: string }) => d.field)).toEqual(['answers']);
    // Answers checked against the survey's questions: see follow-up.int-spec.ts.
  });

  describe('input that used to reach PostgreSQL or the stack and fail there', () => {
    it.each([
      ['sign-in', '/api/auth/sign-in', { email: 'a\u0000@test.example', password: 'x' }, 'email'],
      ['registration', '/api/auth/register', { email: 'a@test.example', fullName: 'Ay\u0000şe' }, 'fullName'],
      ['password reset', '/api/auth/password-reset', { email: 'a\u0000@test.example' }, 'email'],
      [
        'a certificate file check',
        '/api/certificates/verify/file',
        { contentBase64: 'A\u0000' },
        'contentBase64',
      ],
      ['a credential file check', '/api/verify/credential', { content: '{"a":"\u0000"}' }, 'content'],
    ])(
      'answers a NUL byte sent anonymously to %s with 400 naming the field',
      async (_name, path, body, field) => {
        const response = await t.http().post(path).send(body).expect(400);
        expect(response.body).toMatchObject({
          code: 'invalidInput',
          details: [{ field, reason: 'must not contain a NUL character' }],
        });
      },
    );

    it('answers a NUL byte in a signed-in body, a path and a query with 400', async () => {
      const organisation = await t
        .http()
        .post('/api/organisations')
        .set('Cookie', cookie)
        .send({ name: 'Göç\u0000Der' })
        .expect(400);
      expect(organisation.body.details).toEqual([
        { field: 'name', reason: 'must not contain a NUL character' },
      ]);
      const path = await t
        .http()
        .get('/api/modules/legal%00framework/versions/1.0.0')
        .set('Cookie', cookie)
        .expect(400);
      expect(path.body.details).toEqual([{ field: 'path', reason: 'must not contain a NUL character' }]);
      await t.http().get('/api/certificates/verify/abc%00').expect(400);
      await t.http().get('/api/organisations/options').query({ q: 'a\u0000' }).expect(400);
    });

    it('answers JSON nested 5,000 levels with 400, before any guard or validator walks it', async () => {
      const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
      for (const path of ['/api/auth/sign-in', '/api/organisations']) {
        const response = await t
          .http()
          .post(path)
          .set('Cookie', cookie)
          .set('Content-Type', 'application/json')
          .send(deep)
          .expect(400);
        expect(response.body.details[0].reason).toBe('is nested more than 32 levels deep');
      }
    });

    it('answers ?page=1e20 with 400 naming page', async () => {
      const response = await t
        .http()
        .get('/api/people')
        .query({ page: '1e20' })
        .set('Cookie', cookie)
        .expect(400);
      expect(response.body.details).toEqual([
        { field: 'page', reason: 'page must not be greater than 1000000' },
      ]);
    });

    it('answers a certificate job for an unknown session with 404', async () => {
      const coordinator = (await signedIn(t, ['coordinator'])).cookie;
      await t
        .http()
        .post('/api/sessions/00000000-0000-4000-8000-00000000abcd/certificate-jobs')
        .set('Cookie', coordinator)
        .expect(404);
    });

    it('answers a profile field sent as null with 400, not a write of null', async () => {
      const response = await t
        .http()
        .patch('/api/me')
        .set('Cookie', cookie)
        .send({ fullName: null })
        .expect(400);
      expect(response.body.details[0].field).toBe('fullName');
    });
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

  it('answers a certificate template with a file that is not an image with 400 naming the field', async () => {
    const [training] = await t.db.query(
      `INSERT INTO trainings (title, description, languages, completion_rule)
       VALUES ('{"en":"Template check"}', '{}', '{en}', '{}') RETURNING id`,
    );
    const response = await t
      .http()
      .put(`/api/trainings/${training.id}/certificate-template`)
      .set('Cookie', cookie)
      .send({
        wording: 'completion',
        programmeLogo: { image: 'data:image/png;base64,PHN2Zz48L3N2Zz4=', name: 'Atölye' },
        partnerLogos: [],
        signatories: [{ name: 'Elif Şahin', title: 'Koordinatör', signature: null }],
        euFunded: false,
      });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'programmeLogo.image', reason: 'is not a PNG file' }]);
  });

  it('answers a quiz deadline that is not a date and time with 400 naming the field', async () => {
    const response = await t
      .http()
      .put('/api/sessions/00000000-0000-4000-8000-00000000abcd/quiz-deadlines')
      .set('Cookie', cookie)
      .send({ deadlines: [{ moduleSlug: 'm', quizSlug: 'post-test', closesAt: '31.12.2026 17:00' }] })
      .expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(['deadlines.0.closesAt']);
  });

  it('answers a report PDF in an unknown language with 400 naming the field', async () => {
    const response = await t
      .http()
      .get('/api/reports/report.pdf?language=de')
      .set('Cookie', cookie)
      .expect(400);
    expect(JSON.stringify(response.body.details)).toContain('language');
  });

  it('answers a logframe item nested under the wrong level with 400 naming parentId', async () => {
    const response = await t
      .http()
      .post('/api/logframe/items')
      .set('Cookie', cookie)
      .send({ level: 'activity', parentId: null, title: { en: 'Train the trainers' }, assumptions: {} })
      .expect(400);
    expect(response.body.details).toEqual([
      { field: 'parentId', reason: 'must name the result this item belongs to' },
    ]);
  });

  it('answers a capacity round with a malformed id, an unknown round or answers that are not a set with 400 naming the field', async () => {
    const organisation = '3f2b8c1e-7d4a-4b8e-9c1f-2a6d5e4f3b21';
    const badId = await t
      .http()
      .put('/api/organisations/not-a-uuid/capacity/baseline')
      .set('Cookie', cookie)
      .send({ answers: {} })
      .expect(400);
    expect(JSON.stringify(badId.body.details)).toContain('"id"');
    const badRound = await t
      .http()
      .post(`/api/organisations/${organisation}/capacity/midterm/submit`)
      .set('Cookie', cookie)
      .send({ answers: {} })
      .expect(400);
    expect(badRound.body.message).toContain('round must be one of baseline, endline');
    const badAnswers = await t
      .http()
      .put(`/api/organisations/${organisation}/capacity/endline`)
      .set('Cookie', cookie)
      .send({ answers: 'all fours' })
      .expect(400);
    expect(JSON.stringify(badAnswers.body.details)).toContain('answers');
    // Scores checked against the questionnaire's questions: see capacity-assessment.int-spec.ts.
  });

  it('answers a learning-records export for a day that does not exist with 400 naming the field', async () => {
    const response = await t
      .http()
      .get('/api/xapi/statements?from=2026-02-29&sessionId=00000000-0000-4000-8000-00000000abcd')
      .set('Cookie', cookie)
      .expect(400);
    expect(response.body.details).toEqual([
      { field: 'from', reason: 'from must be a day written YYYY-MM-DD, such as 2027-03-02' },
    ]);
  });

  it('reports the database state on /api/health, and only liveness on /api/health/live', async () => {
    await t.http().get('/api/health').expect(200, { status: 'ok', database: 'up' });
    await t.http().get('/api/health/live').expect(200, { status: 'ok' });
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
    expect(operations).toBe(182);
  });
});
