import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import type { Response } from 'superagent';
import type { SaveSessionRequest, SessionDetail } from '@atolye/shared';
import { AttendanceService } from '../src/attendance/attendance.service';
import { CheckInService } from '../src/attendance/check-in.service';
import { checkInCode, windowOf } from '../src/attendance/check-in-codes';
import type { SignedInPerson } from '../src/access/signed-in-person';
import { SessionTimeZones1765700000000 } from '../src/sessions/migrations/1765700000000-session-time-zones';
import { LearningService } from '../src/learning/learning.service';
import { MeetingEntity } from '../src/sessions/meeting.entity';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  publishRepositoryContent,
  sessionRequest,
} from './support/training-factories';

// pdf-parse has no types; it returns the text of every page.
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse');

const ISTANBUL = 'Europe/Istanbul';
const BRUSSELS = 'Europe/Brussels';

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('times in the place they happen', () => {
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

  const meeting = (startsAt: string, endsAt: string, topic = 'Geri göndermeme ilkesi') => ({
    startsAt,
    endsAt,
    topic,
  });

  /** A session with its trainer and one enrolled trainee, who is returned as a caller. */
  async function sessionWithTrainee(overrides: Partial<SaveSessionRequest>) {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      trainerIds: [trainer.person.id],
      ...overrides,
    });
    const person = await createPerson(t.db, { fullName: 'Hevin Aslan' });
    await t
      .http()
      .post(`/api/sessions/${session.id}/enrolments`)
      .set('Cookie', coordinator.cookie)
      .send({ personId: person.id })
      .expect(201);
    const caller = { id: person.id, roles: ['trainee'], fullName: person.fullName } as SignedInPerson;
    return { session, person, caller, cookie: await sessionCookieFor(t.db, person.id) };
  }

  describe('a session names its zone', () => {
    it("takes its venue's country's zone, Istanbul when online, or the zone it is given", async () => {
      const ankara = await createSession(t, coordinator.cookie, trainingId, { city: 'Ankara' });
      expect(ankara.timeZone).toBe(ISTANBUL);
      const brussels = await createSession(t, coordinator.cookie, trainingId, {
        city: 'Brussels',
        country: 'BE',
        venue: 'Rue de la Loi 170, Brussels',
      });
      expect(brussels.timeZone).toBe(BRUSSELS);
      const online = await createSession(t, coordinator.cookie, trainingId, {
        mode: 'online',
        venue: null,
        meetingLink: 'https://meet.example.org/x',
        city: 'Online',
        country: 'BE',
      });
      expect(online.timeZone).toBe(ISTANBUL);
      const named = await createSession(t, coordinator.cookie, trainingId, {
        mode: 'online',
        venue: null,
        meetingLink: 'https://meet.example.org/y',
        city: 'Online',
        timeZone: 'europe/brussels',
      });
      expect(named.timeZone).toBe(BRUSSELS);
    });

    it('keeps its zone when saved without one, and changes it when given another', async () => {
      const session = await createSession(t, coordinator.cookie, trainingId, { timeZone: BRUSSELS });
      const request = sessionRequest(trainingId, { meetings: session.meetings, title: 'Renamed' });
      delete request.timeZone;
      const kept = await t
        .http()
        .put(`/api/sessions/${session.id}`)
        .set('Cookie', coordinator.cookie)
        .send(request)
        .expect(200);
      expect(kept.body.timeZone).toBe(BRUSSELS);
      const moved = await t
        .http()
        .put(`/api/sessions/${session.id}`)
        .set('Cookie', coordinator.cookie)
        .send({ ...request, timeZone: 'Europe/Athens' })
        .expect(200);
      expect(moved.body.timeZone).toBe('Europe/Athens');
    });

    it('refuses a zone that is not one, or a venue in a country of several zones without one, storing nothing', async () => {
      const before = await t.db.query('SELECT count(*)::int AS n FROM sessions');
      for (const timeZone of ['Ankara', '+03:00', 'Mars/Olympus_Mons']) {
        const response = await t
          .http()
          .post('/api/sessions')
          .set('Cookie', coordinator.cookie)
          .send(sessionRequest(trainingId, { timeZone }))
          .expect(400);
        expect(response.body.details).toEqual([
          { field: 'timeZone', reason: expect.stringMatching(/IANA time zone such as Europe\/Istanbul/) },
        ]);
      }
      const response = await t
        .http()
        .post('/api/sessions')
        .set('Cookie', coordinator.cookie)
        .send(sessionRequest(trainingId, { country: 'US', city: 'New York', venue: 'UN Plaza' }))
        .expect(400);
      expect(response.body.details).toEqual([
        { field: 'timeZone', reason: 'is needed: no single time zone is known for country US' },
      ]);
      expect(await t.db.query('SELECT count(*)::int AS n FROM sessions')).toEqual(before);
    });

    it('gives sessions that existed before zones their country’s zone, online ones Istanbul', async () => {
      const inBelgium = await createSession(t, coordinator.cookie, trainingId);
      const onlineFromBelgium = await createSession(t, coordinator.cookie, trainingId);
      const inTurkey = await createSession(t, coordinator.cookie, trainingId);
      const runner = t.db.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query('ALTER TABLE sessions DROP COLUMN time_zone');
        await runner.query(`UPDATE sessions SET country = 'BE' WHERE id = ANY($1)`, [
          [inBelgium.id, onlineFromBelgium.id],
        ]);
        await runner.query(`UPDATE sessions SET mode = 'online' WHERE id = $1`, [onlineFromBelgium.id]);
        await new SessionTimeZones1765700000000().up(runner);
        const rows: { id: string; time_zone: string }[] = await runner.query(
          'SELECT id, time_zone FROM sessions WHERE id = ANY($1)',
          [[inBelgium.id, onlineFromBelgium.id, inTurkey.id]],
        );
        const zoneOf = (id: string) => rows.find((r) => r.id === id)?.time_zone;
        expect(zoneOf(inBelgium.id)).toBe(BRUSSELS);
        expect(zoneOf(onlineFromBelgium.id)).toBe(ISTANBUL);
        expect(zoneOf(inTurkey.id)).toBe(ISTANBUL);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });

  describe('calendar files', () => {
    it('write each meeting at its wall-clock time with the TZID and VTIMEZONE of its zone, across a DST change', async () => {
      // Brussels moves its clocks on 28 March 2027: the two 09:30 meetings are 23 hours + 6 days apart.
      const { session, cookie } = await sessionWithTrainee({
        title: 'Brussels study visit',
        city: 'Brussels',
        country: 'BE',
        venue: 'Rue de la Loi 170, Brussels',
        language: 'en',
        meetings: [
          meeting('2027-03-22T08:30:00Z', '2027-03-22T11:30:00Z', 'EU asylum acquis'),
          meeting('2027-03-29T07:30:00Z', '2027-03-29T10:30:00Z', 'Meeting the EUAA'),
        ],
      });
      const response = await t
        .http()
        .get(`/api/sessions/${session.id}/calendar.ics`)
        .set('Cookie', cookie)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const ics = (response.body as Buffer).toString('utf8');
      expect(ics).toContain('DTSTART;TZID=Europe/Brussels:20270322T093000');
      expect(ics).toContain('DTSTART;TZID=Europe/Brussels:20270329T093000');
      expect(ics).toContain('DTEND;TZID=Europe/Brussels:20270329T123000');
      expect(ics).toContain('X-WR-TIMEZONE:Europe/Brussels');
      expect(ics).not.toMatch(/DTSTART:\d{8}T\d{6}Z/);

      const calendar = new ICAL.Component(ICAL.parse(ics));
      const [zone] = calendar.getAllSubcomponents('vtimezone');
      expect(zone.getFirstPropertyValue('tzid')).toBe(BRUSSELS);
      ICAL.TimezoneService.register(zone);
      const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
        '2027-03-22T08:30:00.000Z',
        '2027-03-29T07:30:00.000Z',
      ]);
      expect(events[1].description).toBe('Monday, 29 March 2027, 09:30–12:30 (Brussels time)');
      ICAL.TimezoneService.remove(BRUSSELS);
    });

    it("put each session's meetings in a person's feed in that session's own zone", async () => {
      const ankara = await sessionWithTrainee({
        title: 'Ankara',
        language: 'tr',
        meetings: [meeting('2027-03-02T06:30:00Z', '2027-03-02T09:30:00Z')],
      });
      const brussels = await createSession(t, coordinator.cookie, trainingId, {
        country: 'BE',
        timeZone: BRUSSELS,
        meetings: [meeting('2027-03-03T08:30:00Z', '2027-03-03T11:30:00Z')],
      });
      await t
        .http()
        .post(`/api/sessions/${brussels.id}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: ankara.person.id })
        .expect(201);
      const feed = (await t.http().get('/api/me/calendar').set('Cookie', ankara.cookie).expect(200)).body;
      const response = await t.http().get(new URL(feed.url).pathname).buffer(true).parse(binary).expect(200);
      const ics = (response.body as Buffer).toString('utf8');
      expect(ics).toContain('DTSTART;TZID=Europe/Istanbul:20270302T093000');
      expect(ics).toContain('DTSTART;TZID=Europe/Brussels:20270303T093000');
      expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
      expect(ics).toContain('DESCRIPTION:2 Mart 2027 Salı\\, 09:30–12:30 (İstanbul saati)');
    });
  });

  describe('exports and the sign-in sheet', () => {
    let session: SessionDetail;
    beforeAll(async () => {
      ({ session } = await sessionWithTrainee({
        title: 'Brussels study visit',
        city: 'Brussels',
        country: 'BE',
        venue: 'Rue de la Loi 170, Brussels',
        language: 'tr',
        meetings: [meeting('2027-06-15T07:30:00Z', '2027-06-15T10:30:00Z', 'AB sığınma müktesebatı')],
      }));
    });

    it('name the zone of every meeting in the CSV and XLSX headers', async () => {
      const csv = await t
        .http()
        .get(`/api/sessions/${session.id}/attendance.csv`)
        .set('Cookie', trainer.cookie)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect((csv.body as Buffer).toString('utf8').split('\n')[0]).toContain(
        '15 Jun 2027, 09:30–12:30 (Brussels time) — AB sığınma müktesebatı',
      );
      const xlsx = await t
        .http()
        .get(`/api/sessions/${session.id}/attendance.xlsx`)
        .set('Cookie', trainer.cookie)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body);
      expect(workbook.worksheets[0].getRow(1).getCell(3).value).toBe(
        '15 Jun 2027, 09:30–12:30 (Brussels time) — AB sığınma müktesebatı',
      );
    });

    it('prints the meeting on the sign-in sheet in its zone, in the session’s language', async () => {
      const pdf = await t
        .http()
        .get(`/api/meetings/${session.meetings[0].id}/sign-in-sheet.pdf`)
        .set('Cookie', trainer.cookie)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(pdf.headers['content-disposition']).toContain('sign-in-sheet-2027-06-15.pdf');
      const { text } = await pdfParse(pdf.body);
      expect(text.replace(/\s+/g, ' ')).toContain('15 Haziran 2027 Salı, 09:30–12:30 (Brüksel saati)');
    });
  });

  describe('"today" and check-in around midnight UTC', () => {
    // 21:30 UTC on 1 March is 00:30 on 2 March in Istanbul and still 22:30 on 1 March in Brussels.
    const lateEvening = new Date('2027-03-01T21:30:00Z');

    it("offers check-in on the meeting's day in the session's zone, not the server's", async () => {
      const ankara = await sessionWithTrainee({
        meetings: [meeting('2027-03-02T06:30:00Z', '2027-03-02T09:30:00Z')],
      });
      const brussels = await sessionWithTrainee({
        country: 'BE',
        timeZone: BRUSSELS,
        meetings: [meeting('2027-03-02T08:30:00Z', '2027-03-02T11:30:00Z')],
      });
      const learning = t.app.get(LearningService);
      const todayIn = async (caller: SignedInPerson, now: Date) =>
        (await learning.myEnrolments(caller, now))[0].nextMeetingToday;
      expect(await todayIn(ankara.caller, lateEvening)).toBe(true);
      expect(await todayIn(brussels.caller, lateEvening)).toBe(false);
      expect(await todayIn(brussels.caller, new Date('2027-03-01T23:00:00Z'))).toBe(true);
      expect(await todayIn(ankara.caller, new Date('2027-03-01T20:59:00Z'))).toBe(false);
      const listed = (await t.http().get('/api/my/enrolments').set('Cookie', ankara.cookie).expect(200)).body;
      expect(listed[0].session.timeZone).toBe(ISTANBUL);
    });

    it('opens check-in for a meeting just after midnight in Istanbul, and says when it opens in Istanbul time', async () => {
      // 00:30–02:30 on 2 March in Istanbul: 21:30–23:30 UTC on 1 March.
      const { session, caller } = await sessionWithTrainee({
        meetings: [meeting('2027-03-01T21:30:00Z', '2027-03-01T23:30:00Z')],
      });
      const meetingId = session.meetings[0].id;
      const checkIns = t.app.get(CheckInService);
      const early = new Date('2027-03-01T21:00:00Z');
      const refusal = await checkIns.checkIn(caller, { meetingId, code: '000000' }, early).catch((e) => e);
      expect(refusal.getStatus()).toBe(409);
      expect(refusal.getResponse()).toMatchObject({
        code: 'checkIn.notOpenYet',
        message: 'Check-in for this meeting opens on 2 March 2027, 00:15 (Istanbul time)',
        params: { opensAt: '2027-03-01T21:15:00.000Z', timeZone: ISTANBUL },
      });

      const [{ check_in_secret }] = await t.db.query('SELECT check_in_secret FROM meetings WHERE id = $1', [
        meetingId,
      ]);
      const inTime = new Date('2027-03-01T21:20:00Z');
      const result = await checkIns.checkIn(
        caller,
        { meetingId, code: checkInCode(check_in_secret, windowOf(inTime)) },
        inTime,
      );
      expect(result).toMatchObject({ meetingId, status: 'present' });

      const trainerCaller = { id: trainer.person.id, roles: ['trainer'] } as SignedInPerson;
      const shown = await checkIns.currentCode(trainerCaller, meetingId, early);
      expect(shown).toMatchObject({ open: false, opensAt: '2027-03-01T21:15:00.000Z', timeZone: ISTANBUL });
      expect(t.app.get(AttendanceService).checkInWindow(await meetingEntity(meetingId))).toEqual({
        opensAt: new Date('2027-03-01T21:15:00Z'),
        closesAt: new Date('2027-03-01T23:45:00Z'),
      });
    });

    it('finds sessions from a date by their first day in their own zone', async () => {
      const afterMidnight = await createSession(t, coordinator.cookie, trainingId, {
        title: 'Just after midnight in Ankara',
        meetings: [meeting('2027-04-01T21:30:00Z', '2027-04-01T23:30:00Z')],
      });
      const trainee = await signedIn(t, ['trainee']);
      const found = async (from: string) =>
        (
          await t.http().get(`/api/catalogue?from=${from}`).set('Cookie', trainee.cookie).expect(200)
        ).body.flatMap((training: { sessions: { id: string }[] }) => training.sessions.map((s) => s.id));
      expect(await found('2027-04-02')).toContain(afterMidnight.id);
      expect(await found('2027-04-03')).not.toContain(afterMidnight.id);
    });
  });

  const meetingEntity = (id: string) => t.db.getRepository(MeetingEntity).findOneOrFail({ where: { id } });
});
