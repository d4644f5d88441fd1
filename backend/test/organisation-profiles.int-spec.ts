import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { SaveOrganisationProfileRequest } from '@atolye/shared';
import { createOrganisation, createPerson, signIn, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/** A complete profile; a unique network name keeps this spec's organisations apart on the map. */
function profile(network: string, overrides: Partial<SaveOrganisationProfileRequest> = {}) {
  return {
    type: 'cso',
    legalForm: 'association',
    yearFounded: 2014,
    staff: { women: 12, men: 7, other: 0 },
    volunteers: { women: 20, men: 11, other: null },
    workProvinces: ['TR-27', 'TR-79'],
    workCountries: ['tr', 'SY'],
    thematicAreas: ['legal_aid', 'child_protection'],
    thematicAreasOther: null,
    targetGroups: ['temporary_protection', 'children'],
    networks: [network],
    website: 'https://yasam.example.org',
    contact: {
      name: 'Selin Kaya',
      role: 'Koordinatör',
      email: 'Selin@Yasam.example.org',
      phone: '+90 342 555 01 10',
    },
    ...overrides,
  } satisfies Record<keyof SaveOrganisationProfileRequest, unknown>;
}

const PRIVATE_FIELDS = ['staff', 'volunteers', 'contact', 'thematicAreasOther', 'focalPeople'];

describe('organisation profiles', () => {
  let t: TestApp;
  let coordinator: { person: { id: string }; cookie: string };
  let admin: { cookie: string };
  const network = `Test Network ${randomUUID().slice(0, 8)}`;
  let ownOrganisation: { id: string; name: string };
  let otherOrganisation: { id: string; name: string };
  let focal: { id: string; cookie: string };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, ['coordinator']);
    admin = await signedIn(t, ['admin']);
    ownOrganisation = await createOrganisation(t.db, { name: `Yaşam Derneği ${randomUUID().slice(0, 6)}` });
    otherOrganisation = await createOrganisation(t.db, { name: `Kilis Vakfı ${randomUUID().slice(0, 6)}` });
    const person = await createPerson(t.db, { roles: ['focal_person'], organisationId: ownOrganisation.id });
    focal = { id: person.id, cookie: await signIn(t, person.email) };
    await t
      .http()
      .put(`/api/organisations/${otherOrganisation.id}/profile`)
      .set('Cookie', coordinator.cookie)
      .send(
        profile(network, { type: 'municipality', legalForm: 'local_government', workProvinces: ['TR-79'] }),
      )
      .expect(200);
  });
  afterAll(() => t.close());

  describe('a focal person', () => {
    it('edits their own organisation profile, normalised and audited with before and after', async () => {
      const saved = await t
        .http()
        .put(`/api/organisations/${ownOrganisation.id}/profile`)
        .set('Cookie', focal.cookie)
        .send(profile(network))
        .expect(200);
      expect(saved.body).toMatchObject({
        id: ownOrganisation.id,
        name: ownOrganisation.name,
        workCountries: ['TR', 'SY'],
        staff: { women: 12, men: 7, other: 0 },
        contact: { email: 'selin@yasam.example.org' },
        focalPeople: [{ id: focal.id }],
      });
      expect(saved.body.profileUpdatedAt).not.toBeNull();
      const read = await t
        .http()
        .get(`/api/organisations/${ownOrganisation.id}/profile`)
        .set('Cookie', focal.cookie)
        .expect(200);
      expect(read.body).toEqual(saved.body);
      const audit = await t
        .http()
        .get('/api/audit')
        .query({ subjectId: ownOrganisation.id })
        .set('Cookie', admin.cookie)
        .expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'organisation.profile_updated',
        actor: { id: focal.id },
        before: { legalForm: null, networks: [] },
        after: { legalForm: 'association', networks: [network] },
      });
    });

    it("cannot read or edit another organisation's profile, which stays as it was", async () => {
      const read = await t
        .http()
        .get(`/api/organisations/${otherOrganisation.id}/profile`)
        .set('Cookie', focal.cookie)
        .expect(403);
      expect(read.body).toMatchObject({ code: 'organisation.notYourOrganisation' });
      expect(JSON.stringify(read.body)).not.toContain('Selin');
      await t
        .http()
        .put(`/api/organisations/${otherOrganisation.id}/profile`)
        .set('Cookie', focal.cookie)
        .send(profile(network, { yearFounded: 1999, staff: { women: 1, men: 1, other: 1 } }))
        .expect(403);
      const after = await t
        .http()
        .get(`/api/organisations/${otherOrganisation.id}/profile`)
        .set('Cookie', coordinator.cookie)
        .expect(200);
      expect(after.body).toMatchObject({ yearFounded: 2014, staff: { women: 12, men: 7, other: 0 } });
    });

    it('sees other organisations on the map without their private fields, and cannot export it', async () => {
      const map = await t
        .http()
        .get('/api/organisations/map')
        .query({ network })
        .set('Cookie', focal.cookie)
        .expect(200);
      const other = map.body.items.find((o: { id: string }) => o.id === otherOrganisation.id);
      expect(other).toMatchObject({
        name: otherOrganisation.name,
        type: 'municipality',
        workProvinces: ['TR-79'],
      });
      for (const item of map.body.items)
        for (const field of PRIVATE_FIELDS) expect(item).not.toHaveProperty(field);
      expect(JSON.stringify(map.body)).not.toContain('selin@yasam.example.org');
      await t.http().get('/api/organisations/map.xlsx').set('Cookie', focal.cookie).expect(403);
    });

    it('cannot move to another organisation through their own profile', async () => {
      const response = await t
        .http()
        .patch('/api/me')
        .set('Cookie', focal.cookie)
        .send({ organisationId: otherOrganisation.id })
        .expect(409);
      expect(response.body).toMatchObject({ code: 'profile.focalPersonOrganisationFixed' });
      const me = await t.http().get('/api/auth/me').set('Cookie', focal.cookie).expect(200);
      expect(me.body.organisation.id).toBe(ownOrganisation.id);
    });
  });

  describe('the role', () => {
    it('is refused to a person without an organisation', async () => {
      const loner = await createPerson(t.db, { roles: ['trainee'] });
      const response = await t
        .http()
        .put(`/api/people/${loner.id}/roles`)
        .set('Cookie', admin.cookie)
        .send({ roles: ['trainee', 'focal_person'] })
        .expect(422);
      expect(response.body).toMatchObject({
        code: 'people.focalPersonNeedsOrganisation',
        details: [{ field: 'roles', reason: 'a focal person must belong to an organisation' }],
      });
    });
  });

  describe('the map', () => {
    it('filters by type, province, thematic area and network, counting over every match', async () => {
      const map = await t
        .http()
        .get('/api/organisations/map')
        .query({ network })
        .set('Cookie', coordinator.cookie)
        .expect(200);
      expect(map.body.total).toBe(2);
      expect(map.body.networks).toContain(network);
      expect(map.body.byProvince).toEqual([
        { province: 'TR-79', organisations: 2 },
        { province: 'TR-27', organisations: 1 },
      ]);
      expect(map.body.byType).toEqual(
        expect.arrayContaining([
          { type: 'cso', organisations: 1 },
          { type: 'municipality', organisations: 1 },
        ]),
      );
      expect(map.body.byThematicArea).toEqual(
        expect.arrayContaining([
          { area: 'legal_aid', organisations: 2 },
          { area: 'child_protection', organisations: 2 },
        ]),
      );
      const inGaziantep = await t
        .http()
        .get('/api/organisations/map')
        .query({ network, province: 'TR-27', type: 'cso', area: 'legal_aid' })
        .set('Cookie', coordinator.cookie)
        .expect(200);
      expect(inGaziantep.body.items.map((o: { id: string }) => o.id)).toEqual([ownOrganisation.id]);
      const page = await t
        .http()
        .get('/api/organisations/map')
        .query({ network, pageSize: 1, page: 2 })
        .set('Cookie', coordinator.cookie)
        .expect(200);
      expect(page.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(page.body.items).toHaveLength(1);
      expect(page.body.byProvince[0]).toEqual({ province: 'TR-79', organisations: 2 });
    });

    it('refuses an unknown province or area, naming the field', async () => {
      const response = await t
        .http()
        .get('/api/organisations/map')
        .query({ province: 'TR-99', area: 'cooking' })
        .set('Cookie', coordinator.cookie)
        .expect(400);
      expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'area',
        'province',
      ]);
    });

    it('exports the filtered organisations with their whole profiles, formulas kept as text', async () => {
      const risky = await createOrganisation(t.db, {
        name: `=HYPERLINK("http://x") ${randomUUID().slice(0, 6)}`,
      });
      await t
        .http()
        .put(`/api/organisations/${risky.id}/profile`)
        .set('Cookie', coordinator.cookie)
        .send(profile(network, { contact: { name: '+cmd|calc', role: null, email: null, phone: null } }))
        .expect(200);
      const response = await t
        .http()
        .get('/api/organisations/map.xlsx')
        .query({ network })
        .set('Cookie', coordinator.cookie)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body);
      const sheet = workbook.getWorksheet('Organisations');
      const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
      const header = rows[0].slice(1);
      const body = rows.slice(1).map((r) => r.slice(1));
      expect(body).toHaveLength(3);
      const own = body.find((r) => r[0] === ownOrganisation.name) as unknown[];
      expect(own[header.indexOf('Staff women / Kadın çalışan')]).toBe(12);
      expect(own[header.indexOf('Provinces of work / Çalıştığı iller')]).toBe('Gaziantep; Kilis');
      expect(own[header.indexOf('Contact person / İletişim kişisi')]).toBe('Selin Kaya');
      const guarded = body.find((r) => String(r[0]).includes('HYPERLINK')) as unknown[];
      expect(String(guarded[0]).startsWith("'=")).toBe(true);
      expect(guarded[header.indexOf('Contact person / İletişim kişisi')]).toBe("'+cmd|calc");
      const provinces = workbook.getWorksheet('By province')?.getSheetValues() as unknown[][];
      expect(provinces[2].slice(1)).toEqual(['Kilis', 'TR-79', 3]);
    });
  });

  describe('bad input', () => {
    it('names each invalid field and stores nothing', async () => {
      const response = await t
        .http()
        .put(`/api/organisations/${ownOrganisation.id}/profile`)
        .set('Cookie', coordinator.cookie)
        .send(
          profile(network, {
            yearFounded: new Date().getUTCFullYear() + 5,
            workProvinces: ['TR-99' as never],
            thematicAreas: ['cooking' as never],
            staff: { women: -1, men: 2, other: 0 },
            contact: { name: 'Selin Kaya', role: null, email: 'not-an-email', phone: null },
          }),
        )
        .expect(400);
      expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'contact.email',
        'staff.women',
        'thematicAreas',
        'workProvinces',
        'yearFounded',
      ]);
      const after = await t
        .http()
        .get(`/api/organisations/${ownOrganisation.id}/profile`)
        .set('Cookie', coordinator.cookie)
        .expect(200);
      expect(after.body).toMatchObject({ yearFounded: 2014, staff: { women: 12 } });
    });

    it('answers 404 for an organisation that does not exist', async () => {
      await t
        .http()
        .get(`/api/organisations/${randomUUID()}/profile`)
        .set('Cookie', coordinator.cookie)
        .expect(404);
    });
  });
});
