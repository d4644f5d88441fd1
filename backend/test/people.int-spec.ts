import {
  createOrganisation,
  createPerson,
  signedIn,
  signIn,
  TEST_PASSWORD,
  uniqueEmail,
} from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('people administration', () => {
  let t: TestApp;
  let admin: { person: { id: string }; cookie: string };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedIn(t, ['admin']);
  });
  afterAll(() => t.close());

  describe('GET /api/people', () => {
    it('searches by name, email or organisation and pages the results', async () => {
      const organisation = await createOrganisation(t.db, { name: `Kadın Dayanışma Vakfı ${Date.now()}` });
      for (let i = 0; i < 3; i++) {
        await createPerson(t.db, { fullName: `Hatice Örnek ${i}`, organisationId: organisation.id });
      }
      const byOrganisation = await t
        .http()
        .get('/api/people')
        .query({ q: organisation.name, pageSize: 2 })
        .set('Cookie', admin.cookie)
        .expect(200);
      expect(byOrganisation.body.total).toBe(3);
      expect(byOrganisation.body.items).toHaveLength(2);
      expect(byOrganisation.body.items[0]).toMatchObject({
        fullName: 'Hatice Örnek 0',
        organisation: { name: organisation.name },
      });
      const secondPage = await t
        .http()
        .get('/api/people')
        .query({ q: organisation.name, pageSize: 2, page: 2 })
        .set('Cookie', admin.cookie)
        .expect(200);
      expect(secondPage.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Hatice Örnek 2']);
    });

    it('treats % and _ in a search literally', async () => {
      const response = await t
        .http()
        .get('/api/people')
        .query({ q: '%' })
        .set('Cookie', admin.cookie)
        .expect(200);
      expect(response.body.total).toBe(0);
    });

    it('refuses a page size over 100 with a 400 naming pageSize', async () => {
      const response = await t
        .http()
        .get('/api/people')
        .query({ pageSize: 1000 })
        .set('Cookie', admin.cookie)
        .expect(400);
      expect(response.body.details[0].field).toBe('pageSize');
    });
  });

  describe('POST /api/people', () => {
    it('creates an account that can sign in, and records it in the audit log', async () => {
      const email = uniqueEmail('created');
      const response = await t
        .http()
        .post('/api/people')
        .set('Cookie', admin.cookie)
        .send({ fullName: 'Yusuf Kaya', email, password: 'initial-password', roles: ['trainer', 'trainee'] })
        .expect(201);
      expect(response.body).toMatchObject({
        fullName: 'Yusuf Kaya',
        email,
        roles: ['trainee', 'trainer'],
        disabled: false,
      });
      await signIn(t, email, 'initial-password');
      const audit = await t
        .http()
        .get('/api/audit')
        .query({ subjectId: response.body.id })
        .set('Cookie', admin.cookie)
        .expect(200);
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]).toMatchObject({
        action: 'person.created',
        actor: { id: admin.person.id },
        before: null,
      });
      expect(audit.body.items[0].after).not.toHaveProperty('passwordHash');
    });

    it('refuses an unknown role and an empty role list', async () => {
      const unknown = await t
        .http()
        .post('/api/people')
        .set('Cookie', admin.cookie)
        .send({ fullName: 'X Y', email: uniqueEmail(), password: 'initial-password', roles: ['superuser'] })
        .expect(400);
      expect(unknown.body.details[0].field).toBe('roles');
      const empty = await t
        .http()
        .post('/api/people')
        .set('Cookie', admin.cookie)
        .send({ fullName: 'X Y', email: uniqueEmail(), password: 'initial-password', roles: [] })
        .expect(400);
      expect(empty.body.details[0]).toEqual({ field: 'roles', reason: 'roles must hold at least one role' });
    });
  });

  describe('PUT /api/people/:id/roles', () => {
    it('changes roles and records before and after', async () => {
      const person = await createPerson(t.db, { roles: ['trainee'] });
      await t
        .http()
        .put(`/api/people/${person.id}/roles`)
        .set('Cookie', admin.cookie)
        .send({ roles: ['trainer', 'trainee'] })
        .expect(200);
      const audit = await t
        .http()
        .get('/api/audit')
        .query({ subjectId: person.id })
        .set('Cookie', admin.cookie)
        .expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'person.roles_changed',
        before: { roles: ['trainee'] },
        after: { roles: ['trainee', 'trainer'] },
      });
    });

    it('never lets a person change their own roles', async () => {
      const response = await t
        .http()
        .put(`/api/people/${admin.person.id}/roles`)
        .set('Cookie', admin.cookie)
        .send({ roles: ['admin', 'coordinator'] })
        .expect(403);
      expect(response.body.message).toMatch(/cannot change your own roles/);
    });

    it('answers 404 for an unknown person and 400 for a malformed id', async () => {
      await t
        .http()
        .put('/api/people/00000000-0000-4000-8000-000000000000/roles')
        .set('Cookie', admin.cookie)
        .send({ roles: ['trainee'] })
        .expect(404);
      const malformed = await t
        .http()
        .put('/api/people/42/roles')
        .set('Cookie', admin.cookie)
        .send({ roles: ['trainee'] })
        .expect(400);
      expect(malformed.body.details).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
    });
  });

  describe('PUT /api/people/:id/disabled and /password', () => {
    it('disables and re-enables an account, each in the audit log', async () => {
      const person = await createPerson(t.db);
      await t
        .http()
        .put(`/api/people/${person.id}/disabled`)
        .set('Cookie', admin.cookie)
        .send({ disabled: true })
        .expect(200);
      await t
        .http()
        .post('/api/auth/sign-in')
        .send({ email: person.email, password: TEST_PASSWORD })
        .expect(403);
      await t
        .http()
        .put(`/api/people/${person.id}/disabled`)
        .set('Cookie', admin.cookie)
        .send({ disabled: false })
        .expect(200);
      await signIn(t, person.email);
      const audit = await t
        .http()
        .get('/api/audit')
        .query({ subjectId: person.id })
        .set('Cookie', admin.cookie)
        .expect(200);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
        'person.enabled',
        'person.disabled',
      ]);
    });

    it('does not let an admin disable their own account', async () => {
      await t
        .http()
        .put(`/api/people/${admin.person.id}/disabled`)
        .set('Cookie', admin.cookie)
        .send({ disabled: true })
        .expect(403);
    });

    it('sets a new password and ends the person’s open sessions', async () => {
      const person = await createPerson(t.db);
      const cookie = await signIn(t, person.email);
      await t
        .http()
        .put(`/api/people/${person.id}/password`)
        .set('Cookie', admin.cookie)
        .send({ password: 'brand-new-password' })
        .expect(204);
      await t.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
      await signIn(t, person.email, 'brand-new-password');
    });
  });

  describe('own profile', () => {
    it('updates name, language and gender but not roles', async () => {
      const { cookie } = await signedIn(t, ['trainee']);
      const updated = await t
        .http()
        .patch('/api/me')
        .set('Cookie', cookie)
        .send({ fullName: 'Şule İnce', language: 'tr', gender: 'female' })
        .expect(200);
      expect(updated.body).toMatchObject({
        fullName: 'Şule İnce',
        language: 'tr',
        gender: 'female',
        roles: ['trainee'],
      });
      const escalation = await t
        .http()
        .patch('/api/me')
        .set('Cookie', cookie)
        .send({ roles: ['admin'] })
        .expect(400);
      expect(escalation.body.details).toEqual([
        { field: 'roles', reason: 'property roles should not exist' },
      ]);
      const me = await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
      expect(me.body.roles).toEqual(['trainee']);
    });

    it('changes the own password only with the current one, keeping this session', async () => {
      const person = await createPerson(t.db);
      const cookie = await signIn(t, person.email);
      const otherBrowser = await signIn(t, person.email);
      const wrong = await t
        .http()
        .put('/api/me/password')
        .set('Cookie', cookie)
        .send({ currentPassword: 'not-it', newPassword: 'another-long-one' })
        .expect(400);
      expect(wrong.body.details).toEqual([
        { field: 'currentPassword', reason: 'the current password is not correct' },
      ]);
      await t
        .http()
        .put('/api/me/password')
        .set('Cookie', cookie)
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'another-long-one' })
        .expect(204);
      await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
      await t.http().get('/api/auth/me').set('Cookie', otherBrowser).expect(401);
      await signIn(t, person.email, 'another-long-one');
    });
  });
});
