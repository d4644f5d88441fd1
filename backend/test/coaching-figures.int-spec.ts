import type { CoachingFigures, SaveCoachingTrackRequest } from '@atolye/shared';
import { createOrganisation, createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The figures of finished coaching tracks, counted by hand over this spec's tracks only: they all
 * end in 2031 and 2032, years no other spec's tracks reach.
 */
describe('figures of finished coaching tracks', () => {
  let t: TestApp;
  let coordinator: string;
  let mentor: { id: string; cookie: string };
  let ayse: string;
  let mehmet: string;
  let sam: string;
  let leyla: string;
  let gaziantepId: string;

  const createTrack = async (request: SaveCoachingTrackRequest) =>
    (await t.http().post('/api/coaching-tracks').set('Cookie', coordinator).send(request).expect(201)).body;

  const meeting = (ownerId: string, minutes: number) => ({
    heldOn: '2031-02-01',
    durationMinutes: minutes,
    mode: 'online',
    notes: '',
    actionItems: [{ text: 'Draft the problem analysis', ownerId, dueOn: '2031-02-24', done: false }],
  });

  const trackRequest = (overrides: Partial<SaveCoachingTrackRequest>): SaveCoachingTrackRequest => ({
    title: 'Proposal coaching',
    projectTitle: 'Legal aid for refugees',
    mentorId: mentor.id,
    organisationId: null,
    teamIds: [ayse],
    startsOn: '2031-01-10',
    endsOn: '2031-06-30',
    status: 'finished',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await signedIn(t, ['coordinator'])).cookie;
    gaziantepId = (await createOrganisation(t.db, { province: 'Gaziantep' })).id;
    const hatayId = (await createOrganisation(t.db, { province: 'Hatay' })).id;
    const created = await createPerson(t.db, { roles: ['trainer'], fullName: 'Murat Güneş', gender: 'male' });
    mentor = { id: created.id, cookie: await sessionCookieFor(t.db, created.id) };
    ayse = (
      await createPerson(t.db, { fullName: 'Ayşe Kılıç', gender: 'female', organisationId: gaziantepId })
    ).id;
    mehmet = (
      await createPerson(t.db, { fullName: 'Mehmet Öztürk', gender: 'male', organisationId: hatayId })
    ).id;
    sam = (await createPerson(t.db, { fullName: 'Sam Jansen', gender: 'undeclared' })).id;
    leyla = (await createPerson(t.db, { fullName: 'Leyla Demir', gender: 'female', organisationId: hatayId }))
      .id;
  });
  afterAll(() => t.close());

  const figures = async (query: object): Promise<CoachingFigures> =>
    (await t.http().get('/api/reports/coaching').query(query).set('Cookie', coordinator).expect(200)).body;

  const finished = async (overrides: Partial<SaveCoachingTrackRequest>, minutes: number[]) => {
    const created = await createTrack(
      trackRequest({ status: 'finished', startsOn: '2031-01-10', ...overrides }),
    );
    for (const m of minutes) {
      await t
        .http()
        .post(`/api/coaching-tracks/${created.id}/meetings`)
        .set('Cookie', mentor.cookie)
        .send(meeting(mentor.id, m))
        .expect(201);
    }
  };

  beforeAll(async () => {
    // In 2031: two finished tracks count; an active one and one finished in 2032 do not.
    await finished({ endsOn: '2031-06-30', organisationId: gaziantepId, teamIds: [ayse, mehmet] }, [90, 60]);
    await finished({ endsOn: '2031-09-15', organisationId: null, teamIds: [ayse, sam] }, [45]);
    await finished({ endsOn: '2031-07-01', status: 'active', teamIds: [leyla] }, [120]);
    await finished({ endsOn: '2032-01-10', teamIds: [leyla] }, [30]);
  });

  it('counts tracks, organisations, people by gender, meetings and hours as computed by hand', async () => {
    const counted = await figures({ from: '2031-01-01', to: '2031-12-31' });
    expect(counted).toMatchObject({
      tracksFinished: 2,
      // Gaziantep (the first track's organisation and Ayşe's) and Hatay (Mehmet's); Sam has none.
      organisationsCoached: 2,
      // Ayşe, on both tracks, counts once.
      peopleCoached: 3,
      peopleCoachedByGender: { female: 1, male: 1, other: 0, undeclared: 1 },
      meetingsHeld: 3,
      // 90 + 60 + 45 minutes = 3.25 hours, shown to one decimal.
      meetingHours: 3.3,
    });
    expect(counted.definitions.map((d) => d.key)).toEqual([
      'coaching_tracks_finished',
      'coaching_organisations',
      'coaching_people',
      'coaching_meetings',
      'coaching_hours',
    ]);
  });

  it('follows the period, and names the field when it is upside down', async () => {
    expect((await figures({ from: '2031-07-01', to: '2032-12-31' })).tracksFinished).toBe(2);
    expect((await figures({ from: '2031-07-01', to: '2031-12-31' })).meetingHours).toBe(0.8);
    const response = await t
      .http()
      .get('/api/reports/coaching')
      .query({ from: '2031-12-31', to: '2031-01-01' })
      .set('Cookie', coordinator)
      .expect(422);
    expect(response.body.details).toEqual([{ field: 'to', reason: 'must be on or after from' }]);
    await t
      .http()
      .get('/api/reports/coaching')
      .query({ from: '31.12.2031' })
      .set('Cookie', coordinator)
      .expect(400);
    await t.http().get('/api/reports/coaching').set('Cookie', mentor.cookie).expect(403);
  });
});
