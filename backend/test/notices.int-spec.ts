import type { NotificationList } from '@atolye/shared';
import { NoticeRun } from '../src/notifications/notices/notice-run.service';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('notifications, reminders and notices', () => {
  let t: TestApp;
  let other: TestApp;
  let smtp: SmtpCapture;
  let coordinator: { cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ smtpUrl: smtp.url });
    // A second API instance on the same database, as in a deployment with two.
    other = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainingId = (await createTraining(t, coordinator.cookie)).id;
  });
  afterAll(async () => {
    await other.close();
    await t.close();
    await smtp.close();
  });

  const notifications = async (cookie: string): Promise<NotificationList> =>
    (await t.http().get('/api/my/notifications').set('Cookie', cookie).expect(200)).body;
  const mailsOf = (kind: string, recipients: string[]) =>
    t.db.query(
      `SELECT recipient, subject, text_body, list_unsubscribe FROM mail_outbox
        WHERE kind = $1 AND recipient = ANY($2) ORDER BY recipient`,
      [kind, recipients],
    );

  it('keeps each person’s notifications: unread count, mark one or all read, nobody else’s', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 1 });
    const [seated, waiting] = await Promise.all([createPerson(t.db), createPerson(t.db)]);
    await enrolByHand(t, coordinator.cookie, session.id, seated.id);
    await enrolByHand(t, coordinator.cookie, session.id, waiting.id);
    const [seatedCookie, waitingCookie] = await Promise.all([
      sessionCookieFor(t.db, seated.id),
      sessionCookieFor(t.db, waiting.id),
    ]);

    const mine = await notifications(seatedCookie);
    expect(mine.unread).toBe(1);
    expect(mine.items).toEqual([
      {
        id: expect.any(String),
        kind: 'enrolment_confirmed',
        params: {
          trainingTitle: {
            en: 'Protection essentials for CSO staff',
            tr: 'STK çalışanları için korumanın temelleri',
          },
          sessionTitle: 'Gaziantep cohort',
        },
        link: '/learn/enrolments',
        createdAt: expect.any(String),
        read: false,
      },
    ]);
    const theirs = await notifications(waitingCookie);
    expect(theirs.items.map((n) => n.kind)).toEqual(['enrolment_waitlisted']);

    // Someone else's notification is not found; one's own is marked read once.
    await t
      .http()
      .post(`/api/my/notifications/${theirs.items[0].id}/read`)
      .set('Cookie', seatedCookie)
      .expect(404);
    await t
      .http()
      .post(`/api/my/notifications/${mine.items[0].id}/read`)
      .set('Cookie', seatedCookie)
      .expect(204);
    expect(await notifications(seatedCookie)).toMatchObject({ unread: 0, items: [{ read: true }] });
    expect((await notifications(waitingCookie)).unread).toBe(1);
    await t.http().post('/api/my/notifications/read').set('Cookie', waitingCookie).expect(204);
    expect((await notifications(waitingCookie)).unread).toBe(0);
  });

  it('reminds each seat holder the day before a meeting exactly once, with two instances racing', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Hatay cohort',
      venue: 'Antakya Halk Eğitim Merkezi',
      meetings: [
        {
          startsAt: new Date(Date.now() + 20 * HOUR).toISOString(),
          endsAt: new Date(Date.now() + 23 * HOUR).toISOString(),
          topic: 'Temporary protection',
        },
        {
          startsAt: new Date(Date.now() + 9 * DAY).toISOString(),
          endsAt: new Date(Date.now() + 9 * DAY + 3 * HOUR).toISOString(),
          topic: 'Referral',
        },
      ],
    });
    const people = await Promise.all([1, 2, 3, 4].map(() => createPerson(t.db)));
    for (const person of people) await enrolByHand(t, coordinator.cookie, session.id, person.id);
    // One of them switched the reminders off on their profile: notified, not mailed.
    const quiet = people[3];
    const quietCookie = await sessionCookieFor(t.db, quiet.id);
    await t
      .http()
      .put('/api/me/mail-preferences')
      .set('Cookie', quietCookie)
      .send({ optedOut: ['meeting_reminder'] })
      .expect(200, { optedOut: ['meeting_reminder'] });

    const now = new Date();
    await Promise.all([
      t.app.get(NoticeRun).run(now),
      other.app.get(NoticeRun).run(now),
      t.app.get(NoticeRun).run(now),
    ]);
    const emails = people.map((p) => p.email);
    const mails = await mailsOf('meeting_reminder', emails);
    expect(mails.map((m: { recipient: string }) => m.recipient)).toEqual(emails.slice(0, 3).sort());
    expect(mails[0].subject).toBe('Tomorrow: Hatay cohort — Temporary protection');
    expect(mails[0].text_body).toContain('Where: Antakya Halk Eğitim Merkezi');
    expect(mails[0].text_body).toContain('(Istanbul time)');
    expect(mails[0].list_unsubscribe).toMatch(
      /\/unsubscribe\?token=[A-Za-z0-9_-]{32}&kind=meeting_reminder$/,
    );
    expect(mails[0].text_body).toContain(mails[0].list_unsubscribe);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM notifications WHERE kind = 'meeting_reminder' AND person_id = ANY($1)`,
      [people.map((p) => p.id)],
    );
    expect(count).toBe(4);

    // Run again later: nothing new.
    await t.app.get(NoticeRun).run(new Date(now.getTime() + HOUR));
    expect(await mailsOf('meeting_reminder', emails)).toHaveLength(3);

    // The link at its foot switches reminders off, without signing in.
    const link = new URL(mails[0].list_unsubscribe);
    const person = people.find((p) => p.email === mails[0].recipient) as { id: string };
    await t
      .http()
      .post('/api/unsubscribe')
      .send({ token: link.searchParams.get('token'), kind: 'meeting_reminder' })
      .expect(204);
    const [prefs] = await t.db.query('SELECT mail_opt_outs FROM people WHERE id = $1', [person.id]);
    expect(prefs.mail_opt_outs).toEqual(['meeting_reminder']);
    const wrong = await t
      .http()
      .post('/api/unsubscribe')
      .send({ token: 'x'.repeat(32), kind: 'meeting_reminder' })
      .expect(404);
    expect(wrong.body.code).toBe('notifications.unsubscribeLinkInvalid');
    const bad = await t
      .http()
      .post('/api/unsubscribe')
      .send({ token: 'short', kind: 'newsletter' })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['kind', 'token']);
  });

  it('tells participants the evaluation is open once the last meeting has ended', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Kilis cohort',
      meetings: [
        {
          startsAt: new Date(Date.now() - 2 * DAY).toISOString(),
          endsAt: new Date(Date.now() - 2 * DAY + 3 * HOUR).toISOString(),
          topic: 'Day one',
        },
      ],
    });
    const person = await createPerson(t.db);
    const enrolmentId = await enrolByHand(t, coordinator.cookie, session.id, person.id);
    await t.app.get(NoticeRun).run();
    await t.app.get(NoticeRun).run();
    const [mail, ...more] = await mailsOf('evaluation_open', [person.email]);
    expect(more).toEqual([]);
    expect(mail.subject).toBe('Evaluate the session: Kilis cohort');
    expect(mail.text_body).toContain(`/learn/enrolments/${enrolmentId}/evaluation`);
    // Optional mails go out with a List-Unsubscribe header naming the link at their foot.
    const sent = await smtp.waitFor((m) => m.to.includes(person.email) && m.subject.startsWith('Evaluate'));
    const head = sent.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
    expect(head).toContain(`List-Unsubscribe: <${mail.list_unsubscribe}>`);
    const list = await notifications(await sessionCookieFor(t.db, person.id));
    expect(list.items[0]).toMatchObject({
      kind: 'evaluation_open',
      link: `/learn/enrolments/${enrolmentId}/evaluation`,
    });
  });

  it('sends a trainer tomorrow’s roster in the afternoon, and coordinators one digest a day', async () => {
    const trainer = await createPerson(t.db, { roles: ['trainer'], fullName: 'Murat Güneş' });
    // A day ten days ahead; its meeting at 09:00 Istanbul time (06:00 UTC).
    const day = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
    const meetingAt = new Date(`${day}T06:00:00Z`);
    const session = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Şanlıurfa cohort',
      trainerIds: [trainer.id],
      enrolmentPolicy: 'approval',
      meetings: [
        {
          startsAt: meetingAt.toISOString(),
          endsAt: new Date(meetingAt.getTime() + 3 * HOUR).toISOString(),
          topic: 'Opening',
        },
      ],
    });
    const applicant = await createPerson(t.db);
    await t
      .http()
      .post(`/api/sessions/${session.id}/enrol`)
      .set('Cookie', await sessionCookieFor(t.db, applicant.id))
      .expect(201);

    // The day before at 11:00 Istanbul time: too early for the roster.
    const before = new Date(meetingAt.getTime() - DAY + 5 * HOUR);
    await t.app.get(NoticeRun).run(before);
    expect(await mailsOf('trainer_roster', [trainer.email])).toEqual([]);
    // At 16:00: sent, once.
    const afternoon = new Date(meetingAt.getTime() - DAY + 10 * HOUR);
    await t.app.get(NoticeRun).run(afternoon);
    await t.app.get(NoticeRun).run(new Date(afternoon.getTime() + HOUR));
    const [roster, ...more] = await mailsOf('trainer_roster', [trainer.email]);
    expect(more).toEqual([]);
    expect(roster.subject).toBe('Your meetings tomorrow (1)');
    expect(roster.text_body).toContain('• Şanlıurfa cohort — Opening, ');
    expect(roster.text_body).toContain('09:00–12:00 (Istanbul time): 0');

    // A new coordinator gets the day's digest with the request waiting, once that day.
    const fresh = await createPerson(t.db, { roles: ['coordinator'] });
    await t.app.get(NoticeRun).run(afternoon);
    await t.app.get(NoticeRun).run(new Date(afternoon.getTime() + 2 * HOUR));
    const digests = await mailsOf('coordinator_digest', [fresh.email]);
    expect(digests).toHaveLength(1);
    expect(digests[0].text_body).toMatch(/Enrolment requests waiting for approval: [1-9]\d*\./);
    // The next day, another.
    await t.app.get(NoticeRun).run(new Date(afternoon.getTime() + DAY));
    expect(await mailsOf('coordinator_digest', [fresh.email])).toHaveLength(2);
  });

  it('tells the holder when a certificate is revoked, with the reason, and when it is re-issued', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { title: 'Adana cohort' });
    const person = await createPerson(t.db, { fullName: 'Mariam Sultani' });
    const enrolmentId = await enrolByHand(t, coordinator.cookie, session.id, person.id);
    const issued = (
      await t
        .http()
        .post('/api/certificates')
        .set('Cookie', coordinator.cookie)
        .send({ enrolmentId, overrideReason: 'Completed the programme at the partner office' })
        .expect(201)
    ).body;
    const first = issued.certificate ?? issued;
    const reissued = (
      await t
        .http()
        .post(`/api/certificates/${first.id}/reissue`)
        .set('Cookie', coordinator.cookie)
        .send({ holderName: 'Mariam Sultani Ahmadi', reason: 'The holder’s full name' })
        .expect((r) => expect([200, 201]).toContain(r.status))
    ).body;
    const [reissue] = await mailsOf('certificate_reissued', [person.email]);
    expect(reissue.subject).toBe('Your certificate was re-issued: Protection essentials for CSO staff');
    expect(reissue.text_body).toContain(`The earlier one (${first.serial}) is no longer valid.`);
    expect(reissue.text_body).toContain('Dear Mariam Sultani Ahmadi,');

    await t
      .http()
      .post(`/api/certificates/${reissued.id}/revoke`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Attendance records were corrected: 40 % attended' })
      .expect((r) => expect([200, 201]).toContain(r.status));
    const [revoked, ...more] = await mailsOf('certificate_revoked', [person.email]);
    // Re-issuing revokes the old certificate silently: only the new one's revocation is told.
    expect(more).toEqual([]);
    expect(revoked.text_body).toContain('Reason: Attendance records were corrected: 40 % attended');
    const list = await notifications(await sessionCookieFor(t.db, person.id));
    expect(list.items.slice(0, 3).map((n) => n.kind)).toEqual([
      'certificate_revoked',
      'certificate_reissued',
      'certificate_issued',
    ]);
    expect(list.items[0].params).toMatchObject({
      reason: 'Attendance records were corrected: 40 % attended',
    });
  });
});
