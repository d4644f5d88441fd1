import ICAL from 'ical.js';
import type { ProgrammeEventDetail, ProgrammeEventReport, SaveProgrammeEventRequest } from '@atolye/shared';
import { createOrganisation, createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('study visits, workshops and conferences', () => {
  let t: TestApp;
  let coordinator: string;
  let people: { id: string; cookie: string }[];
  let visit: ProgrammeEventDetail;
  let workshop: ProgrammeEventDetail;

  const base = (overrides: Partial<SaveProgrammeEventRequest>): SaveProgrammeEventRequest => ({
    kind: 'workshop',
    title: 'Workshop',
    description: null,
    startsOn: '2027-04-10',
    endsOn: '2027-04-10',
    city: 'Ankara',
    country: 'TR',
    hostOrganisations: [],
    agenda: [],
    costs: [],
    speakers: [],
    participantIds: [],
    followUpActions: [],
    ...overrides,
  });

  const save = async (request: SaveProgrammeEventRequest, id?: string, status = id ? 200 : 201) =>
    (
      await (id ? t.http().put(`/api/programme-events/${id}`) : t.http().post('/api/programme-events'))
        .set('Cookie', coordinator)
        .send(request)
        .expect(status)
    ).body;

  beforeAll(async () => {
    t = await createTestApp();
    // The figures below are counted by hand over this spec's events only: specs share a database.
    await t.db.query('DELETE FROM programme_events');
    coordinator = (await signedIn(t, ['coordinator'])).cookie;
    const gaziantep = await createOrganisation(t.db, { province: 'Gaziantep' });
    const hatay = await createOrganisation(t.db, { province: 'Hatay' });
    const specs = [
      { fullName: 'Ayşe Kılıç', gender: 'female', organisationId: gaziantep.id },
      { fullName: 'Mehmet Öztürk', gender: 'male', organisationId: gaziantep.id },
      { fullName: 'Leyla Demir', gender: 'female', organisationId: hatay.id },
      { fullName: 'Sam Jansen', gender: 'undeclared', organisationId: null },
    ] as const;
    people = [];
    for (const spec of specs) {
      const person = await createPerson(t.db, spec);
      people.push({ id: person.id, cookie: await sessionCookieFor(t.db, person.id) });
    }
    const [p1, p2, p3, p4] = people;
    visit = await save(
      base({
        kind: 'study_visit',
        title: 'Study visit to Brussels',
        startsOn: '2027-03-15',
        endsOn: '2027-03-19',
        city: 'Brussels',
        country: 'be',
        hostOrganisations: ['Vluchtelingenwerk Vlaanderen', 'CPAS de Bruxelles — reception service'],
        agenda: [
          { day: '2027-03-16', time: '10:00', title: 'Reception centre visit', place: 'Anderlecht' },
          { day: '2027-03-15', time: '09:30', title: 'Opening at the host NGO', place: null },
        ],
        costs: [
          { item: 'Flights', amountEur: 2150.5 },
          { item: 'Accommodation', amountEur: 1800 },
        ],
        participantIds: [p1.id, p2.id, p3.id],
        followUpActions: [
          {
            description: 'Share the referral model with the network',
            ownerId: p1.id,
            dueOn: '2027-05-01',
            done: false,
          },
        ],
      }),
    );
    workshop = await save(
      base({
        title: 'Workshop on advocacy',
        participantIds: [p1.id, p4.id],
        speakers: [
          { fullName: 'Derya Yücel', gender: 'female', organisation: 'Hatay Barosu', topic: 'Legal aid' },
          { fullName: 'Jan Peeters', gender: 'male', organisation: null, topic: null },
          { fullName: 'Fatma Aksoy', gender: 'female', organisation: null, topic: 'Policy dialogue' },
        ],
      }),
    );
    await save(
      base({
        kind: 'conference',
        title: 'Regional protection conference',
        startsOn: '2026-11-01',
        endsOn: '2026-11-02',
        participantIds: [p3.id],
        speakers: [{ fullName: 'Kerem Aslan', gender: 'male', organisation: null, topic: null }],
      }),
    );
  });
  afterAll(() => t.close());

  it('keeps a study visit with its hosts, agenda, costs, participants and follow-up actions', async () => {
    expect(visit).toMatchObject({
      kind: 'study_visit',
      country: 'BE',
      hostOrganisations: ['Vluchtelingenwerk Vlaanderen', 'CPAS de Bruxelles — reception service'],
      agenda: [{ title: 'Opening at the host NGO' }, { title: 'Reception centre visit' }],
      costs: [{ amountEur: 2150.5 }, { amountEur: 1800 }],
      participantCount: 3,
      followUpActions: [{ ownerName: 'Ayşe Kılıç', dueOn: '2027-05-01', done: false }],
    });
    expect(visit.participants.map((p) => p.fullName)).toEqual(['Ayşe Kılıç', 'Leyla Demir', 'Mehmet Öztürk']);
    const actionId = visit.followUpActions[0].id;
    const updated: ProgrammeEventDetail = await save(
      {
        ...base({
          kind: visit.kind,
          title: visit.title,
          startsOn: visit.startsOn,
          endsOn: visit.endsOn,
          city: visit.city,
          country: visit.country,
          hostOrganisations: visit.hostOrganisations,
          agenda: visit.agenda,
          costs: visit.costs,
          participantIds: visit.participants.map((p) => p.id),
        }),
        followUpActions: [
          {
            id: actionId,
            description: 'Share the referral model with the network',
            ownerId: people[0].id,
            dueOn: '2027-05-01',
            done: true,
          },
          { description: 'Brief the municipality', ownerId: people[1].id, dueOn: '2027-04-15', done: false },
        ],
      },
      visit.id,
    );
    expect(updated.followUpActions.map((a) => [a.ownerName, a.done])).toEqual([
      ['Mehmet Öztürk', false],
      ['Ayşe Kılıç', true],
    ]);
    expect(updated.followUpActions[1].id).toBe(actionId);
    const list = (
      await t.http().get('/api/programme-events?kind=study_visit').set('Cookie', coordinator).expect(200)
    ).body;
    expect(list.map((e: { id: string }) => e.id)).toContain(visit.id);
  });

  it.each([
    [{ endsOn: '2027-04-01', startsOn: '2027-04-10' }, 422, 'endsOn'],
    [{ kind: 'study_visit' as const, hostOrganisations: [] }, 422, 'hostOrganisations'],
    [
      { agenda: [{ day: '2027-04-12', time: null, title: 'Late session', place: null }] },
      422,
      'agenda.0.day',
    ],
    [{ participantIds: ['00000000-0000-4000-8000-000000000000'] }, 422, 'participantIds'],
    [
      { speakers: [{ fullName: 'X Y', gender: 'woman', organisation: null, topic: null }] },
      400,
      'speakers.0.gender',
    ],
    [{ costs: [{ item: 'Flights', amountEur: -5 }] }, 400, 'costs.0.amountEur'],
    [{ agenda: [{ day: '2027-04-10', time: '25:00', title: 'Lunch', place: null }] }, 400, 'agenda.0.time'],
  ])('refuses %j with %i naming %s', async (change, status, field) => {
    const response = await t
      .http()
      .post('/api/programme-events')
      .set('Cookie', coordinator)
      .send(base(change as Partial<SaveProgrammeEventRequest>))
      .expect(status);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('lets participants see their events and report on a study visit, and nobody else', async () => {
    const [p1, , , p4] = people;
    const mine = (await t.http().get('/api/my/programme-events').set('Cookie', p1.cookie).expect(200)).body;
    expect(mine.map((e: { title: string }) => e.title)).toEqual([
      'Workshop on advocacy',
      'Study visit to Brussels',
    ]);
    const report = {
      learned: 'How the host NGO runs one-stop legal counselling.',
      willApply: 'A weekly legal clinic in Gaziantep.',
    };
    const saved = (
      await t
        .http()
        .put(`/api/my/programme-events/${visit.id}/report`)
        .set('Cookie', p1.cookie)
        .send(report)
        .expect(200)
    ).body;
    expect(saved.myReport).toMatchObject(report);
    expect(saved.myActions.map((a: { description: string }) => a.description)).toContain(
      'Share the referral model with the network',
    );
    // Not a participant of the visit; and a workshop takes no reports.
    await t
      .http()
      .put(`/api/my/programme-events/${visit.id}/report`)
      .set('Cookie', p4.cookie)
      .send(report)
      .expect(404);
    await t
      .http()
      .put(`/api/my/programme-events/${workshop.id}/report`)
      .set('Cookie', p1.cookie)
      .send(report)
      .expect(422);
    await t
      .http()
      .put(`/api/my/programme-events/${visit.id}/report`)
      .set('Cookie', p1.cookie)
      .send({ learned: 'short', willApply: report.willApply })
      .expect(400);
    const detail: ProgrammeEventDetail = (
      await t.http().get(`/api/programme-events/${visit.id}`).set('Cookie', coordinator).expect(200)
    ).body;
    expect(detail.reports).toEqual([expect.objectContaining({ fullName: 'Ayşe Kılıç', ...report })]);
    expect(detail.participants.find((p) => p.id === p1.id)?.reported).toBe(true);
  });

  it('counts people, organisations, gender, provinces and speakers as defined, by hand', async () => {
    const reader = (await signedIn(t, ['coordinator'])).cookie;
    const all: ProgrammeEventReport = (
      await t.http().get('/api/reports/programme-events').set('Cookie', reader).expect(200)
    ).body;
    // The visit: Ayşe and Mehmet (Gaziantep) and Leyla (Hatay), two organisations.
    expect(all.studyVisits).toEqual({
      events: 1,
      participants: 3,
      participantsByGender: { female: 2, male: 1, other: 0, undeclared: 0 },
      organisations: 2,
      provinces: [
        { province: 'Gaziantep', participants: 2 },
        { province: 'Hatay', participants: 1 },
      ],
      speakers: 0,
      speakersByGender: { female: 0, male: 0, other: 0, undeclared: 0 },
    });
    // Workshop (Ayşe, Sam without an organisation) and conference (Leyla): three people, two organisations, four speakers.
    expect(all.workshops).toEqual({
      events: 2,
      participants: 3,
      participantsByGender: { female: 2, male: 0, other: 0, undeclared: 1 },
      organisations: 2,
      provinces: [
        { province: 'Gaziantep', participants: 1 },
        { province: 'Hatay', participants: 1 },
      ],
      speakers: 4,
      speakersByGender: { female: 2, male: 2, other: 0, undeclared: 0 },
    });
    // From 2027 on, the November conference drops out.
    const later: ProgrammeEventReport = (
      await t.http().get('/api/reports/programme-events?from=2027-01-01').set('Cookie', reader).expect(200)
    ).body;
    expect(later.workshops).toMatchObject({ events: 1, participants: 2, organisations: 1, speakers: 3 });
    await t
      .http()
      .get('/api/reports/programme-events?from=2027-02-01&to=2027-01-01')
      .set('Cookie', reader)
      .expect(422);
    await t.http().get('/api/reports/programme-events?from=soon').set('Cookie', reader).expect(400);
  });

  it("puts the events in each participant's calendar feed as whole days", async () => {
    const [p1] = people;
    const { url } = (await t.http().get('/api/me/calendar').set('Cookie', p1.cookie).expect(200)).body;
    const feed = await t
      .http()
      .get(new URL(url).pathname)
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => done(null, body));
      })
      .expect(200);
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
    const brussels = events.find((e) => e.getFirstPropertyValue('summary') === 'Study visit to Brussels');
    expect(brussels?.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-03-15');
    expect(brussels?.getFirstPropertyValue('dtend')?.toString()).toBe('2027-03-20');
    expect(String(brussels?.getFirstPropertyValue('url'))).toMatch(/\/profile\/events$/);
    expect(brussels?.getFirstPropertyValue('location')).toBe('Brussels, BE');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toContain('Workshop on advocacy');
  });
});
