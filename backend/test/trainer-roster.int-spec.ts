import type { TrainerRoster, TrainerRosterEntry } from '@atolye/shared';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';

describe('trainer roster', () => {
  let t: TestApp;
  let coordinator: string;
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = (await signedIn(t, ['coordinator'])).cookie;
    trainingId = (await createTraining(t, coordinator)).id;
  });
  afterAll(() => t.close());

  const trainer = (fullName: string) => createPerson(t.db, { roles: ['trainer'], fullName });

  /** A session of the given trainers whose meetings are moved to `daysFromNow` (negative: past). */
  async function sessionOf(trainerIds: string[], daysFromNow: number, ratings: number[]) {
    const session = await createSession(t, coordinator, trainingId, { trainerIds });
    await t.db.query(
      `UPDATE meetings SET starts_at = now() + make_interval(days => $2), ends_at = now() + make_interval(days => $2, hours => 3)
        WHERE session_id = $1`,
      [session.id, daysFromNow],
    );
    for (const rating of ratings) {
      const person = await createPerson(t.db, { fullName: 'Zehra Korkmaz' });
      const enrolmentId = await enrolByHand(t, coordinator, session.id, person.id);
      await t.db.query(
        `INSERT INTO evaluations (session_id, enrolment_id, relevance, trainer, materials, organisation, anonymous)
         VALUES ($1, $2, 5, $3, 4, 4, false)`,
        [session.id, enrolmentId, rating],
      );
    }
    return session;
  }

  async function roster(query: Record<string, string | number> = {}): Promise<TrainerRoster> {
    return (await t.http().get('/api/trainers').query(query).set('Cookie', coordinator).expect(200)).body;
  }

  it('computes sessions delivered and the average trainer rating as defined, by hand', async () => {
    const a = await trainer('Elif Karaca');
    const b = await trainer('Baran Doğan');
    const c = await trainer('Canan Işık');
    await sessionOf([a.id], -30, [5, 4, 3]); // delivered
    await sessionOf([a.id], 20, [4]); // not yet delivered, but rated
    await sessionOf([a.id, b.id], -10, [2]); // delivered by both
    await sessionOf([], -5, [1]); // nobody's

    const { items } = await roster({ pageSize: 100 });
    const byId = new Map(items.map((e) => [e.id, e]));
    // A: sessions 1 and 3 ended; ratings 5, 4, 3, 4, 2 → 18 / 5 = 3.6 over 5.
    expect(byId.get(a.id)).toMatchObject({ sessionsDelivered: 2, ratingAverage: 3.6, ratingCount: 5 });
    // B: session 3 only; its one rating 2.
    expect(byId.get(b.id)).toMatchObject({ sessionsDelivered: 1, ratingAverage: 2, ratingCount: 1 });
    expect(byId.get(c.id)).toMatchObject({ sessionsDelivered: 0, ratingAverage: null, ratingCount: 0 });

    const rated = await roster({ minRating: 3.5, pageSize: 100 });
    expect(rated.items.map((e) => e.id)).toContain(a.id);
    expect(rated.items.map((e) => e.id)).not.toContain(b.id);
    const bySessions = await roster({ sort: 'sessions', pageSize: 100 });
    const order = bySessions.items.map((e) => e.id).filter((id) => [a.id, b.id, c.id].includes(id));
    expect(order).toEqual([a.id, b.id, c.id]);
  });

  it('lets a coordinator keep a profile and filters the roster by expertise, language and availability', async () => {
    const ayse = await trainer('Ayşe Demirtaş');
    const murat = await trainer('Murat Şahin');
    const saved: TrainerRosterEntry = (
      await t
        .http()
        .put(`/api/trainers/${ayse.id}/profile`)
        .set('Cookie', coordinator)
        .send({
          expertiseAreas: [' Psychosocial support ', 'Child protection', 'psychosocial support'],
          languages: ['TR', 'ar', 'tr'],
          availabilityNote: 'Weekdays; not during Ramadan',
          availablePeriods: [
            { from: '2027-03-01', to: '2027-03-31' },
            { from: '2027-01-10', to: '2027-01-20' },
          ],
        })
        .expect(200)
    ).body;
    expect(saved.profile).toMatchObject({
      expertiseAreas: ['psychosocial support', 'Child protection'],
      languages: ['tr', 'ar'],
      availabilityNote: 'Weekdays; not during Ramadan',
      availablePeriods: [
        { from: '2027-01-10', to: '2027-01-20' },
        { from: '2027-03-01', to: '2027-03-31' },
      ],
    });
    await t
      .http()
      .put(`/api/trainers/${murat.id}/profile`)
      .set('Cookie', coordinator)
      .send({ expertiseAreas: ['Advocacy'], languages: ['en'], availabilityNote: null, availablePeriods: [] })
      .expect(200);

    const ids = async (query: Record<string, string>) =>
      (await roster({ ...query, pageSize: 100 })).items.map((e) => e.id);
    expect(await ids({ expertise: 'PSYCHOSOCIAL SUPPORT' })).toEqual([ayse.id]);
    expect(await ids({ language: 'ar' })).toEqual([ayse.id]);
    expect(await ids({ availableFrom: '2027-03-05', availableTo: '2027-03-12' })).toEqual([ayse.id]);
    expect(await ids({ availableFrom: '2027-01-15', availableTo: '2027-03-05' })).toEqual([]);
    expect(await ids({ availableFrom: '2027-01-20' })).toEqual([ayse.id]);
    expect(await ids({ q: 'şahin' })).toEqual([murat.id]);
    const all = await roster();
    expect(all.languages).toEqual(expect.arrayContaining(['ar', 'en', 'tr']));
    expect(all.expertiseAreas).toEqual(expect.arrayContaining(['Advocacy', 'Child protection']));
  });

  it('lets a trainer keep their own profile, and keeps disabled people and non-trainers off the roster', async () => {
    const own = await signedIn(t, ['trainer']);
    await t
      .http()
      .put('/api/trainer-profile')
      .set('Cookie', own.cookie)
      .send({
        expertiseAreas: ['Project cycle management'],
        languages: ['tr', 'en'],
        availabilityNote: 'Mondays and Tuesdays',
        availablePeriods: [],
      })
      .expect(200);
    const mine: TrainerRosterEntry = (
      await t.http().get('/api/trainer-profile').set('Cookie', own.cookie).expect(200)
    ).body;
    expect(mine.profile.expertiseAreas).toEqual(['Project cycle management']);

    const trainee = await createPerson(t.db, { fullName: 'Deniz Aydın' });
    const disabled = await createPerson(t.db, { roles: ['trainer'], disabled: true });
    const ids = (await roster({ pageSize: 100 })).items.map((e) => e.id);
    expect(ids).toContain(own.person.id);
    expect(ids).not.toContain(trainee.id);
    expect(ids).not.toContain(disabled.id);
    await t.http().get(`/api/trainers/${trainee.id}`).set('Cookie', coordinator).expect(404);
    const body = { expertiseAreas: [], languages: [], availabilityNote: null, availablePeriods: [] };
    await t
      .http()
      .put(`/api/trainers/${disabled.id}/profile`)
      .set('Cookie', coordinator)
      .send(body)
      .expect(404);
    // A trainee has no trainer profile to keep.
    const traineeCookie = await sessionCookieFor(t.db, trainee.id);
    await t.http().put('/api/trainer-profile').set('Cookie', traineeCookie).send(body).expect(403);
  });

  it.each([
    [{ languages: ['Turkish'] }, 'languages', /two-letter ISO 639-1/],
    [
      { availablePeriods: [{ from: '2027-03-10', to: '2027-03-01' }] },
      'availablePeriods.0.to',
      /on or after from/,
    ],
    [
      { availablePeriods: [{ from: '2027-02-30', to: '2027-03-01' }] },
      'availablePeriods.0.from',
      /YYYY-MM-DD/,
    ],
    [{ expertiseAreas: ['x'] }, 'expertiseAreas', /at least 2 characters/],
    [{ availabilityNote: 'x'.repeat(501) }, 'availabilityNote', /500/],
  ])('answers a bad profile %j with 400 naming %s', async (change, field, reason) => {
    const person = await trainer('Selin Avcı');
    const response = await t
      .http()
      .put(`/api/trainers/${person.id}/profile`)
      .set('Cookie', coordinator)
      .send({ expertiseAreas: [], languages: [], availabilityNote: null, availablePeriods: [], ...change })
      .expect(400);
    expect(response.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, reason: expect.stringMatching(reason) })]),
    );
  });

  it('answers bad roster filters with 400 naming the filter', async () => {
    const check = async (query: Record<string, string>, field: string) => {
      const response = await t
        .http()
        .get('/api/trainers')
        .query(query)
        .set('Cookie', coordinator)
        .expect(400);
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await check({ availableFrom: '2027-03-10', availableTo: '2027-03-01' }, 'availableTo');
    await check({ availableFrom: 'next week' }, 'availableFrom');
    await check({ minRating: '7' }, 'minRating');
    await check({ language: 'turkish' }, 'language');
    await check({ sort: 'age' }, 'sort');
  });
});
