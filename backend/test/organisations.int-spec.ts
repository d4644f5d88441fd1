import { createOrganisation, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('organisations', () => {
  let t: TestApp;
  let coordinator: { person: { id: string }; cookie: string };
  let admin: { cookie: string };
  const valid = () => ({
    name: `Göç Yolları Derneği ${Date.now()}${Math.random().toString(36).slice(2, 6)}`,
    type: 'cso',
    country: 'tr',
    province: 'Şanlıurfa',
    thematicAreas: ['legal_aid', 'women_empowerment'],
    website: 'https://gocyollari.example.org',
  });

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, ['coordinator']);
    admin = await signedIn(t, ['admin']);
  });
  afterAll(() => t.close());

  it('lets a coordinator create one, normalising the country code', async () => {
    const body = valid();
    const response = await t
      .http()
      .post('/api/organisations')
      .set('Cookie', coordinator.cookie)
      .send(body)
      .expect(201);
    expect(response.body).toMatchObject({ ...body, country: 'TR' });
    // It works at least where its office is: in Şanlıurfa, Turkey.
    const profile = await t
      .http()
      .get(`/api/organisations/${response.body.id}/profile`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(profile.body).toMatchObject({ workProvinces: ['TR-63'], workCountries: ['TR'] });
  });

  it('refuses a thematic area outside the code list', async () => {
    const response = await t
      .http()
      .post('/api/organisations')
      .set('Cookie', coordinator.cookie)
      .send({ ...valid(), thematicAreas: ['legal_aid', 'knitting'] })
      .expect(400);
    expect(response.body.details).toEqual([
      {
        field: 'thematicAreas',
        reason: expect.stringContaining('each value in thematicAreas must be one of'),
      },
    ]);
  });

  it('refuses a second organisation with the same name in another case, keeping the first', async () => {
    const body = valid();
    const first = await t
      .http()
      .post('/api/organisations')
      .set('Cookie', coordinator.cookie)
      .send(body)
      .expect(201);
    const duplicate = await t
      .http()
      .post('/api/organisations')
      .set('Cookie', coordinator.cookie)
      .send({ ...body, name: body.name.toLocaleUpperCase('tr') })
      .expect(409);
    expect(duplicate.body.details).toEqual([
      { field: 'name', reason: 'an organisation with this name already exists' },
    ]);
    await t.http().get(`/api/organisations/${first.body.id}`).set('Cookie', coordinator.cookie).expect(200);
  });

  it('names each invalid field', async () => {
    const response = await t
      .http()
      .post('/api/organisations')
      .set('Cookie', coordinator.cookie)
      .send({ ...valid(), type: 'company', country: 'Turkey', website: 'javascript:alert(1)' })
      .expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'country',
      'type',
      'website',
    ]);
  });

  it('records an edit with before and after in the audit log', async () => {
    const created = await t
      .http()
      .post('/api/organisations')
      .set('Cookie', coordinator.cookie)
      .send(valid())
      .expect(201);
    await t
      .http()
      .put(`/api/organisations/${created.body.id}`)
      .set('Cookie', coordinator.cookie)
      .send({ ...valid(), name: created.body.name, province: 'Hatay' })
      .expect(200);
    const audit = await t
      .http()
      .get('/api/audit')
      .query({ subjectId: created.body.id })
      .set('Cookie', admin.cookie)
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'organisation.updated',
      actor: { id: coordinator.person.id },
      before: { province: 'Şanlıurfa' },
      after: { province: 'Hatay' },
    });
  });

  it('leaves an organisation unchanged when an edit is invalid', async () => {
    const organisation = await createOrganisation(t.db, { province: 'Kilis' });
    await t
      .http()
      .put(`/api/organisations/${organisation.id}`)
      .set('Cookie', coordinator.cookie)
      .send({ ...valid(), province: '' })
      .expect(400);
    const after = await t
      .http()
      .get(`/api/organisations/${organisation.id}`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(after.body.province).toBe('Kilis');
  });

  it('filters by type and searches by name or province', async () => {
    const municipality = await createOrganisation(t.db, {
      type: 'municipality',
      province: `Nevşehir-${Date.now()}`,
    });
    const response = await t
      .http()
      .get('/api/organisations')
      .query({ type: 'municipality', q: municipality.province })
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(response.body.items.map((o: { id: string }) => o.id)).toEqual([municipality.id]);
    const pastTheEnd = await t
      .http()
      .get('/api/organisations')
      .query({ type: 'municipality', q: municipality.province, page: 9 })
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(pastTheEnd.body).toMatchObject({ items: [], total: 1, page: 9 });
  });

  it('offers names only to the public registration picker', async () => {
    const organisation = await createOrganisation(t.db, { name: `Sığınma Hakları Platformu ${Date.now()}` });
    const response = await t
      .http()
      .get('/api/organisations/options')
      .query({ q: 'Sığınma Hakları' })
      .expect(200);
    expect(response.body).toContainEqual({
      id: organisation.id,
      name: organisation.name,
      province: 'Gaziantep',
      country: 'TR',
    });
    expect(Object.keys(response.body[0]).sort()).toEqual(['country', 'id', 'name', 'province']);
  });
});
