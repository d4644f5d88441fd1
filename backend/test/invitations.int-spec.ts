import { HIDDEN_SECRET, type ImportJob } from '@atolye/shared';
import { createPerson, signedIn, signIn, uniqueEmail } from './support/factories';
import { mailedToken, startSmtpCapture, type SmtpCapture } from './support/smtp-capture';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';

const CHOSEN = 'my-own-passphrase-2026';
const HOUR = 3600_000;

describe('invitations and enrolment confirmations', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let admin: { cookie: string };
  let coordinator: { cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ smtpUrl: smtp.url });
    await publishRepositoryContent(t);
    admin = await signedIn(t, ['admin']);
    coordinator = await signedIn(t, ['coordinator']);
    trainingId = (await createTraining(t, coordinator.cookie)).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const invitationToken = (email: string, nth = 1) => mailedToken(smtp, email, '/reset-password', nth);
  const confirm = (token: string, password = CHOSEN) =>
    t.http().post('/api/auth/password-reset/confirm').send({ token, password });
  const storedMails = (email: string, kind: string) =>
    t.db.query(
      `SELECT subject, text_body, html_body, language, calendar, secret_link FROM mail_outbox
        WHERE recipient = $1 AND kind = $2 ORDER BY created_at`,
      [email, kind],
    );
  const delivered = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

  it('invites an account an administrator opens, in its language, with a 7-day single-use link stored hashed', async () => {
    const email = uniqueEmail('invited');
    const created = await t
      .http()
      .post('/api/people')
      .set('Cookie', admin.cookie)
      .send({
        fullName: 'Zeynep Arslan',
        email,
        password: 'a-temporary-passphrase',
        roles: ['trainee'],
        language: 'tr',
      })
      .expect(201);
    const token = await invitationToken(email);
    const [mail] = await storedMails(email, 'invitation');
    expect(mail).toMatchObject({ language: 'tr', secret_link: true });
    expect(mail.subject).toBe('Atölye hesabınız açıldı: parolanızı belirleyin');
    expect(mail.text_body).toContain(`/reset-password?token=${HIDDEN_SECRET}`);
    expect(mail.text_body).toContain('7 gün geçerlidir');
    expect(mail.text_body).not.toContain(token);
    expect(mail.html_body).toContain('Parolamı belirle');
    expect(delivered(email)[0].text).toContain(`${t.config.publicUrl}/reset-password?token=${token}`);

    const [stored] = await t.db.query(
      `SELECT token_hash, expires_at - created_at AS valid FROM password_reset_tokens WHERE person_id = $1`,
      [created.body.id],
    );
    expect(stored.token_hash).not.toBe(token);
    expect(stored.valid).toMatchObject({ days: 7 });

    await confirm(token).expect(204);
    await signIn(t, email, CHOSEN);
    const used = await confirm(token, 'yet-another-passphrase').expect(410);
    expect(used.body).toMatchObject({
      code: 'auth.resetLinkUsed',
      details: [{ field: 'token', reason: 'was already used' }],
    });
  });

  it('sends the invitation again from the person’s page; an expired link says so', async () => {
    const person = await createPerson(t.db, { fullName: 'Omar Khalil' });
    await t.http().post(`/api/people/${person.id}/invitation`).set('Cookie', admin.cookie).expect(204);
    const first = await invitationToken(person.email);
    await t.db.query(
      `UPDATE password_reset_tokens SET expires_at = now() - interval '1 minute' WHERE person_id = $1`,
      [person.id],
    );
    const expired = await confirm(first).expect(410);
    expect(expired.body).toMatchObject({
      code: 'auth.resetLinkExpired',
      details: [{ field: 'token', reason: 'has expired' }],
    });

    await t.http().post(`/api/people/${person.id}/invitation`).set('Cookie', admin.cookie).expect(204);
    const second = await invitationToken(person.email, 2);
    expect(second).not.toBe(first);
    const [mail] = await storedMails(person.email, 'invitation');
    expect(mail.subject).toBe('Your Atölye account is ready: choose your password');
    await confirm(second).expect(204);
    const [audit] = await t.db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'person.invited' AND subject_id = $1`,
      [person.id],
    );
    expect(audit.count).toBe(2);
  });

  it('refuses an invitation to a disabled account and to nobody, and lets only administrators send one', async () => {
    const disabled = await createPerson(t.db, { disabled: true });
    const refused = await t
      .http()
      .post(`/api/people/${disabled.id}/invitation`)
      .set('Cookie', admin.cookie)
      .expect(409);
    expect(refused.body.code).toBe('people.disabledNoInvitation');
    await t
      .http()
      .post('/api/people/00000000-0000-4000-8000-000000000000/invitation')
      .set('Cookie', admin.cookie)
      .expect(404);
    await t
      .http()
      .post(`/api/people/${disabled.id}/invitation`)
      .set('Cookie', coordinator.cookie)
      .expect(403);
    expect(await storedMails(disabled.email, 'invitation')).toEqual([]);
  });

  it('invites every account an import opens and confirms every enrolment with the session’s meetings as .ics', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      capacity: 2,
      venue: 'Şahinbey Kültür Merkezi, Gaziantep',
    });
    const existing = await createPerson(t.db, { fullName: 'Elena Papadopoulou' });
    const stamp = Date.now();
    const newcomers = [`rana-${stamp}@example.org`, `omar-${stamp}@example.org`];
    const csv = [
      'email,full_name,language',
      `${existing.email},Elena Papadopoulou,`,
      `${newcomers[0]},Rana Al-Khatib,tr`,
      `${newcomers[1]},Omar Khalil,en`,
    ].join('\n');
    const started = await t
      .http()
      .post(`/api/sessions/${session.id}/imports`)
      .set('Cookie', coordinator.cookie)
      .send({ fileName: 'participants.csv', contentBase64: Buffer.from(csv).toString('base64') })
      .expect(201);
    let job = started.body as ImportJob;
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await t.http().get(`/api/imports/${job.id}`).set('Cookie', coordinator.cookie)).body;
    }
    expect(job.rows.map((r) => [r.outcome, r.createdAccount])).toEqual([
      ['enrolled', false],
      ['enrolled', true],
      ['waitlisted', true],
    ]);

    // Only the new accounts are invited; the account that existed already keeps its password.
    expect(await storedMails(existing.email, 'invitation')).toEqual([]);
    await invitationToken(newcomers[0]);
    await invitationToken(newcomers[1]);

    const [seat] = await storedMails(newcomers[0], 'enrolment_confirmed');
    expect(seat.subject).toBe('Eğitime kaydınız yapıldı: ' + seat.subject.split(': ')[1]);
    expect(seat.text_body).toContain('Yer: Şahinbey Kültür Merkezi, Gaziantep');
    const firstDay = new Date(session.meetings[0].startsAt);
    const day = firstDay.toLocaleDateString('tr-TR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Istanbul',
    });
    expect(seat.text_body).toContain(`Tarihler: ${day} – `);
    expect(seat.calendar).toContain('BEGIN:VCALENDAR');
    expect(seat.calendar).toContain('TZID=Europe/Istanbul');
    expect(seat.calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);

    const [waiting] = await storedMails(newcomers[1], 'enrolment_confirmed');
    expect(waiting.subject).toMatch(/^You are on the waiting list: /);
    expect(waiting.text_body).not.toContain('Where:');
    const [known] = await storedMails(existing.email, 'enrolment_confirmed');
    expect(known.subject).toMatch(/^You are enrolled: /);

    // The attachment travels with the mail as it goes out.
    const sent = await smtp.waitFor(
      (m) => m.to.includes(newcomers[0]) && m.raw.includes('Content-Type: text/calendar'),
    );
    expect(sent.raw).toMatch(/filename=meetings\.ics/);
  });

  it('tells a person enrolled by hand, and gives the online link only to a seat holder', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      capacity: 1,
      mode: 'online',
      venue: null,
      meetingLink: 'https://meet.example.org/atolye-koruma',
    });
    const [seated, waiting] = await Promise.all([createPerson(t.db), createPerson(t.db)]);
    await enrolByHand(t, coordinator.cookie, session.id, seated.id);
    await enrolByHand(t, coordinator.cookie, session.id, waiting.id);
    const [seat] = await storedMails(seated.email, 'enrolment_confirmed');
    expect(seat.text_body).toContain('Where: https://meet.example.org/atolye-koruma');
    expect(seat.calendar).toContain('meet.example.org/atolye-koruma');
    const [queued] = await storedMails(waiting.email, 'enrolment_confirmed');
    expect(queued.text_body).not.toContain('meet.example.org');
    expect(queued.calendar).not.toContain('meet.example.org');
    // Nobody enrolled by someone else is invited when their account was there already.
    expect(await storedMails(seated.email, 'invitation')).toEqual([]);
  });

  it('invites the account a merged walk-in opens', async () => {
    const now = Date.now();
    const session = await createSession(t, coordinator.cookie, trainingId, {
      meetings: [
        {
          startsAt: new Date(now - 2 * 24 * HOUR).toISOString(),
          endsAt: new Date(now - 2 * 24 * HOUR + 3 * HOUR).toISOString(),
          topic: 'Day 1',
        },
      ],
    });
    const email = uniqueEmail('walkin');
    const [meeting] = await t.db.query('SELECT id FROM meetings WHERE session_id = $1', [session.id]);
    const sheet = (
      await t
        .http()
        .post(`/api/sessions/${session.id}/walk-ins`)
        .set('Cookie', coordinator.cookie)
        .send({ meetingId: meeting.id, fullName: 'Mariam Sultani', organisation: null, email })
        .expect(201)
    ).body;
    const walkIn = sheet.rows.find((r: { walkInId: string | null }) => r.walkInId);
    await t
      .http()
      .post(`/api/walk-ins/${walkIn.walkInId}/merge`)
      .set('Cookie', coordinator.cookie)
      .send({})
      .expect(200);
    const token = await invitationToken(email);
    const [mail] = await storedMails(email, 'invitation');
    expect(mail.language).toBe('tr');
    await confirm(token).expect(204);
    await signIn(t, email, CHOSEN);
  });
});
