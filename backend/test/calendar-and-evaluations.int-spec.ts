import ICAL from 'ical.js';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, publishRepositoryContent } from './support/training-factories';

const HOUR = 3600_000;

describe('calendars and evaluations', () => {
  let t: TestApp;
  let coordinator: { cookie: string };
  let trainer: { person: { id: string }; cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainer = await signedIn(t, ['trainer']);
    trainingId = (await createTraining(t, coordinator.cookie)).id;
  });
  afterAll(() => t.close());

  async function enrolledIn(meetings: { startsAt: string; endsAt: string; topic: string }[]) {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      trainerIds: [trainer.person.id],
      meetings,
      title: 'Mersin — Ocak',
    });
    const person = await createPerson(t.db, { fullName: 'Hevin Aslan' });
    const cookie = await sessionCookieFor(t.db, person.id);
    const enrolment = (
      await t
        .http()
        .post(`/api/sessions/${session.id}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: person.id })
        .expect(201)
    ).body;
    return { session, person, cookie, enrolment };
  }

  const text = (res: import('superagent').Response, done: (e: Error | null, body: string) => void) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c: string) => (body += c));
    res.on('end', () => done(null, body));
  };

  it('offers a session .ics whose events parse with their exact times', async () => {
    const starts = new Date('2027-01-12T06:30:00Z');
    const { session, cookie } = await enrolledIn([
      {
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3 * HOUR).toISOString(),
        topic: 'Geri göndermeme ilkesi',
      },
    ]);
    const response = await t
      .http()
      .get(`/api/sessions/${session.id}/calendar.ics`)
      .set('Cookie', cookie)
      .buffer(true)
      .parse(text)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    const [event] = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(event.summary).toBe('Mersin — Ocak: Geri göndermeme ilkesi');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-12T06:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-01-12T09:30:00.000Z');
    const outsider = await sessionCookieFor(t.db, (await createPerson(t.db)).id);
    await t.http().get(`/api/sessions/${session.id}/calendar.ics`).set('Cookie', outsider).expect(403);
  });

  it('gives each person a private feed of their meetings that stops working once reset', async () => {
    const now = Date.now();
    const { cookie } = await enrolledIn([
      {
        startsAt: new Date(now + 48 * HOUR).toISOString(),
        endsAt: new Date(now + 50 * HOUR).toISOString(),
        topic: 'Veri koruma',
      },
    ]);
    const { url } = (await t.http().get('/api/me/calendar').set('Cookie', cookie).expect(200)).body;
    const path = new URL(url).pathname;
    const feed = await t.http().get(path).buffer(true).parse(text).expect(200);
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(['Mersin — Ocak: Veri koruma']);
    const { url: newUrl } = (await t.http().post('/api/me/calendar/reset').set('Cookie', cookie).expect(200))
      .body;
    expect(newUrl).not.toBe(url);
    await t.http().get(path).expect(404);
    await t.http().get(new URL(newUrl).pathname).expect(200);
  });

  it('asks for an evaluation only after the last meeting, once, and shows trainers averages and comments', async () => {
    const now = Date.now();
    const past = await enrolledIn([
      {
        startsAt: new Date(now - 5 * HOUR).toISOString(),
        endsAt: new Date(now - 2 * HOUR).toISOString(),
        topic: 'Kapanış',
      },
    ]);
    const second = await createPerson(t.db, { fullName: 'Can Erdem' });
    const secondCookie = await sessionCookieFor(t.db, second.id);
    const secondEnrolment = (
      await t
        .http()
        .post(`/api/sessions/${past.session.id}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: second.id })
        .expect(201)
    ).body;

    const due = await t
      .http()
      .get(`/api/my/enrolments/${past.enrolment.id}/evaluation`)
      .set('Cookie', past.cookie)
      .expect(200);
    expect(due.body.state).toBe('due');
    const submit = (cookie: string, id: string, body: object) =>
      t.http().post(`/api/my/enrolments/${id}/evaluation`).set('Cookie', cookie).send(body);
    await submit(past.cookie, past.enrolment.id, {
      ratings: { relevance: 5, trainer: 4, materials: 4, organisation: 3 },
      comments: 'Vaka çalışmaları çok faydalıydı.',
      anonymous: false,
    }).expect(201);
    await submit(past.cookie, past.enrolment.id, {
      ratings: { relevance: 1, trainer: 1, materials: 1, organisation: 1 },
      anonymous: false,
    }).expect(409);
    await submit(secondCookie, secondEnrolment.id, {
      ratings: { relevance: 4, trainer: 5, materials: 3, organisation: 5 },
      comments: 'Daha fazla süre olmalı.',
      anonymous: true,
    }).expect(201);
    const bad = await submit(secondCookie, secondEnrolment.id, {
      ratings: { relevance: 6, trainer: 5, materials: 3, organisation: 5 },
      anonymous: true,
    }).expect(400);
    expect(bad.body.details[0].field).toBe('ratings.relevance');

    const results = await t
      .http()
      .get(`/api/sessions/${past.session.id}/evaluations`)
      .set('Cookie', trainer.cookie)
      .expect(200);
    expect(results.body).toMatchObject({
      count: 2,
      enrolled: 2,
      averages: { relevance: 4.5, trainer: 4.5, materials: 3.5, organisation: 4 },
    });
    expect(
      results.body.comments.map((c: { text: string; author: string | null }) => [c.text, c.author]),
    ).toEqual([
      ['Vaka çalışmaları çok faydalıydı.', 'Hevin Aslan'],
      ['Daha fazla süre olmalı.', null],
    ]);
    const otherTrainer = await signedIn(t, ['trainer']);
    await t
      .http()
      .get(`/api/sessions/${past.session.id}/evaluations`)
      .set('Cookie', otherTrainer.cookie)
      .expect(403);
  });

  it('does not open the evaluation before the last meeting has ended', async () => {
    const now = Date.now();
    const future = await enrolledIn([
      {
        startsAt: new Date(now + 5 * HOUR).toISOString(),
        endsAt: new Date(now + 8 * HOUR).toISOString(),
        topic: 'Yakında',
      },
    ]);
    const state = await t
      .http()
      .get(`/api/my/enrolments/${future.enrolment.id}/evaluation`)
      .set('Cookie', future.cookie)
      .expect(200);
    expect(state.body.state).toBe('not_yet');
    const refused = await t
      .http()
      .post(`/api/my/enrolments/${future.enrolment.id}/evaluation`)
      .set('Cookie', future.cookie)
      .send({ ratings: { relevance: 5, trainer: 5, materials: 5, organisation: 5 }, anonymous: false })
      .expect(403);
    expect(refused.body.message).toBe('The evaluation opens after the last meeting of the session');
  });
});
