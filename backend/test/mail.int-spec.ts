import { HIDDEN_SECRET, type MailDetail, type MailSummary } from '@atolye/shared';
import { MailDispatcher } from '../src/mail/mail-dispatcher.service';
import { MailOutbox } from '../src/mail/mail-outbox.service';
import { MailSender } from '../src/mail/mail-sender';
import { MailRepository } from '../src/mail/mail.repository';
import { PersonEntity } from '../src/people/person.entity';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, publishRepositoryContent } from './support/training-factories';

interface OutboxRow {
  id: string;
  kind: string;
  language: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: string;
}

async function mailsTo(t: TestApp, email: string): Promise<OutboxRow[]> {
  return t.db.query(
    'SELECT id, kind, language, subject, text_body, html_body, status FROM mail_outbox WHERE recipient = $1 ORDER BY created_at',
    [email],
  );
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  return read();
}

describe('mail over SMTP', () => {
  let t: TestApp;
  let smtp: SmtpCapture;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ smtpUrl: smtp.url, publicUrl: 'https://atolye.example.org' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers a password-reset mail in the recipient’s language, with a link that works', async () => {
    const person = await createPerson(t.db, { fullName: 'Zeynep Aksoy' });
    await t.db.getRepository(PersonEntity).update({ id: person.id }, { language: 'tr' });
    await t.http().post('/api/auth/password-reset').send({ email: person.email }).expect(202);

    const mail = await smtp.waitFor((m) => m.to.includes(person.email));
    expect(mail.from).toBe('no-reply@atolye.example');
    expect(mail.subject).toBe('Atölye parolanızı sıfırlayın');
    expect(mail.text).toContain('Sayın Zeynep Aksoy,');
    expect(mail.raw).toContain('<html lang=3D"tr">'); // the HTML part, quoted-printable
    const link = /https:\/\/atolye\.example\.org\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
    expect(link).not.toBeNull();
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: (link as RegExpExecArray)[1], password: 'yeni-ve-uzun-parola' })
      .expect(204);

    const [row] = await eventually(
      () => mailsTo(t, person.email),
      ([r]) => r?.status === 'sent',
    );
    expect(row).toMatchObject({ kind: 'password_reset', language: 'tr', status: 'sent' });
  });

  it('never stores or shows a live reset link: the outbox holds it hidden, only the delivered mail has it', async () => {
    const person = await createPerson(t.db);
    const admin = await signedIn(t, ['admin']);
    await t.http().post('/api/auth/password-reset').send({ email: person.email }).expect(202);
    const delivered = await smtp.waitFor((m) => m.to.includes(person.email));
    const token = (/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(delivered.text) as RegExpExecArray)[1];
    expect(delivered.raw).toContain(token); // in the HTML part too
    expect(delivered.raw).not.toContain(HIDDEN_SECRET);

    const [row] = await mailsTo(t, person.email);
    for (const body of [row.text_body, row.html_body]) {
      expect(body).not.toContain(token);
      expect(body).toContain(`https://atolye.example.org/reset-password?token=${HIDDEN_SECRET}`);
    }
    const shown = await t.http().get(`/api/mail-outbox/${row.id}`).set('Cookie', admin.cookie).expect(200);
    expect(JSON.stringify(shown.body)).not.toContain(token);
    expect(shown.body).toMatchObject({ kind: 'password_reset', secretLink: true });
    const listed = await t
      .http()
      .get('/api/mail-outbox')
      .query({ recipient: person.email })
      .set('Cookie', admin.cookie)
      .expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'the-link-still-works' })
      .expect(204);
  });

  it('fails a mail whose secret link was lost in a restart rather than send a dead link', async () => {
    const email = 'lost-link@test.example';
    const [{ id }] = await t.db.query(
      `INSERT INTO mail_outbox (kind, recipient, language, subject, text_body, html_body, secret_link)
       VALUES ('password_reset', $1, 'en', 'Lost', $2, $2, true) RETURNING id`,
      [email, `https://atolye.example.org/reset-password?token=${HIDDEN_SECRET}`],
    );
    // What the sweeper does after a restart: hand the queued mail over again, without its secret.
    expect(await t.app.get(MailSender).deliver(id)).toEqual({ outcome: 'failed' });
    const [row] = await t.db.query('SELECT status, last_error FROM mail_outbox WHERE id = $1', [id]);
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/lost when the server stopped/);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages.filter((m) => m.to.includes(email))).toEqual([]);
  });

  it('sends a mail once, however often a sender is handed it', async () => {
    const email = 'twice@test.example';
    const [{ id }] = await t.db.query(
      `INSERT INTO mail_outbox (kind, recipient, language, subject, text_body, html_body)
       VALUES ('password_reset', $1, 'en', 'Sent once', 'Hello', '<p>Hello</p>') RETURNING id`,
      [email],
    );
    const sender = t.app.get(MailSender);
    const outcomes = await Promise.all([sender.deliver(id), sender.deliver(id), sender.deliver(id)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['not-queued', 'not-queued', 'sent']);
    await t.app.get(MailDispatcher).sweep();
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
    const [row] = await t.db.query('SELECT status, attempts, sent_at FROM mail_outbox WHERE id = $1', [id]);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, sent_at: expect.any(Date) });
  });

  it('records a failed attempt and queues the mail again, until the last attempt fails it', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO mail_outbox (kind, recipient, language, subject, text_body, html_body)
       VALUES ('password_reset', 'unreachable@test.example', 'en', 'Retried', 'Hello', '<p>Hello</p>') RETURNING id`,
    );
    // An SMTP server that is not there: port 9 on this machine refuses the connection.
    const sender = new MailSender({ ...t.config, smtpUrl: 'smtp://127.0.0.1:9' }, t.app.get(MailRepository));
    const first = await sender.deliver(id);
    expect(first).toMatchObject({ outcome: 'retry', inSeconds: 5 });
    const [queued] = await t.db.query(
      'SELECT status, attempts, last_error, next_attempt_at > now() AS later FROM mail_outbox WHERE id = $1',
      [id],
    );
    expect(queued).toMatchObject({ status: 'queued', attempts: 1, later: true });
    expect(queued.last_error).toMatch(/ECONNREFUSED/);
    await t.db.query('UPDATE mail_outbox SET attempts = 4 WHERE id = $1', [id]);
    expect(await sender.deliver(id)).toEqual({ outcome: 'failed' });
    const [failed] = await t.db.query('SELECT status, attempts FROM mail_outbox WHERE id = $1', [id]);
    expect(failed).toEqual({ status: 'failed', attempts: 5 });
    sender.onModuleDestroy();
  });
});

const redisUrl = process.env['REDIS_URL'];

// The Redis-backed path; it runs where REDIS_URL is set (CI sets it), the in-process one above.
(redisUrl ? describe : describe.skip)('mail through the Redis queue', () => {
  let t: TestApp;
  let smtp: SmtpCapture;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ smtpUrl: smtp.url, redisUrl: redisUrl ?? null, runWorker: true });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('queues each committed mail as a job that a worker sends once', async () => {
    const person = await createPerson(t.db);
    await t.http().post('/api/auth/password-reset').send({ email: person.email }).expect(202);
    const mail = await smtp.waitFor((m) => m.to.includes(person.email));
    expect(mail.subject).toBe('Reset your Atölye password');
    // The job carried the link's secret: the delivered link works, the stored one is hidden.
    const token = (/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail.text) as RegExpExecArray)[1];
    const [row] = await eventually(
      () => mailsTo(t, person.email),
      ([r]) => r?.status === 'sent',
    );
    expect(row.status).toBe('sent');
    expect(row.text_body).not.toContain(token);
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'through-the-queue' })
      .expect(204);
    t.app.get(MailDispatcher).dispatch([{ id: row.id }]);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.filter((m) => m.to.includes(person.email))).toHaveLength(1);
  });
});

describe('notification mails', () => {
  let t: TestApp;
  let coordinator: { cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainingId = (await createTraining(t, coordinator.cookie)).id;
  });
  afterAll(() => t.close());

  async function trainee(fields: { fullName?: string; language?: 'en' | 'tr' } = {}) {
    const person = await createPerson(t.db, { fullName: fields.fullName });
    if (fields.language)
      await t.db.getRepository(PersonEntity).update({ id: person.id }, { language: fields.language });
    return { person, cookie: await sessionCookieFor(t.db, person.id) };
  }
  const enrol = (cookie: string, sessionId: string) =>
    t.http().post(`/api/sessions/${sessionId}/enrol`).set('Cookie', cookie).expect(201);

  it('tells a person their request was approved, in their language, with names escaped in the HTML', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      enrolmentPolicy: 'approval',
      title: 'Online <cohort> & friends',
    });
    const { person, cookie } = await trainee({ fullName: 'Ayşe <b>Demir</b>', language: 'tr' });
    const request = (await enrol(cookie, session.id)).body;
    expect(await mailsTo(t, person.email)).toEqual([]);
    await t
      .http()
      .post(`/api/enrolments/${request.id}/approve`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    const [mail] = await mailsTo(t, person.email);
    expect(mail).toMatchObject({ kind: 'enrolment_approved', language: 'tr' });
    expect(mail.subject).toMatch(/^Kaydınız onaylandı: /);
    expect(mail.text_body).toContain('Sayın Ayşe <b>Demir</b>,');
    expect(mail.text_body).toContain('“Online <cohort> & friends”');
    expect(mail.text_body).toContain('http://localhost:3000/learn/enrolments');
    expect(mail.html_body).toContain('Sayın Ayşe &lt;b&gt;Demir&lt;/b&gt;,');
    expect(mail.html_body).toContain('Online &lt;cohort&gt; &amp; friends');
    expect(mail.html_body).not.toContain('<b>');
    const kept = await eventually(
      () => mailsTo(t, person.email),
      ([m]) => m.status === 'kept',
    );
    expect(kept[0].status).toBe('kept');
  });

  it('keeps a reset mail without an SMTP server with its link hidden: nobody can read it there', async () => {
    const person = await createPerson(t.db);
    await t.http().post('/api/auth/password-reset').send({ email: person.email }).expect(202);
    const [mail] = await eventually(
      () => mailsTo(t, person.email),
      ([m]) => m?.status === 'kept',
    );
    expect(mail.status).toBe('kept');
    expect(mail.text_body).toContain(`http://localhost:3000/reset-password?token=${HIDDEN_SECRET}`);
    expect(mail.text_body).not.toMatch(/token=[A-Za-z0-9_-]{43}/);
    expect(mail.html_body).not.toMatch(/token=[A-Za-z0-9_-]{43}/);
  });

  it('tells a person their request was not accepted', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { enrolmentPolicy: 'approval' });
    const { person, cookie } = await trainee();
    const request = (await enrol(cookie, session.id)).body;
    await t.http().post(`/api/enrolments/${request.id}/reject`).set('Cookie', coordinator.cookie).expect(200);
    const [mail] = await mailsTo(t, person.email);
    expect(mail).toMatchObject({ kind: 'enrolment_rejected', language: 'en' });
    expect(mail.subject).toMatch(/^About your enrolment request: /);
  });

  it('tells the first person on the waiting list that a seat freed up', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 1 });
    const first = await trainee();
    const second = await trainee({ fullName: 'Omar Farouk' });
    const third = await trainee();
    const seat = (await enrol(first.cookie, session.id)).body;
    await enrol(second.cookie, session.id);
    await enrol(third.cookie, session.id);
    await t.http().post(`/api/enrolments/${seat.id}/withdraw`).set('Cookie', first.cookie).expect(200);
    const [mail] = await mailsTo(t, second.person.email);
    expect(mail).toMatchObject({ kind: 'waitlist_promoted', language: 'en' });
    expect(mail.text_body).toContain('Dear Omar Farouk,');
    expect(mail.subject).toMatch(/^A seat freed up/);
    expect(await mailsTo(t, third.person.email)).toEqual([]);
    expect(await mailsTo(t, first.person.email)).toEqual([]);
  });

  it('stores a mail with the change that causes it: a change that fails leaves no mail and sends none', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { enrolmentPolicy: 'approval' });
    const { person, cookie } = await trainee();
    const request = (await enrol(cookie, session.id)).body;
    const outbox = t.app.get(MailOutbox);
    const queue = outbox.queue.bind(outbox);
    const dispatch = jest.spyOn(t.app.get(MailDispatcher), 'dispatch');
    const failing = jest.spyOn(outbox, 'queue').mockImplementation(async (manager, mails) => {
      await queue(manager, mails);
      // The mail row is written; then the transaction it belongs to fails.
      expect(
        await manager.query('SELECT 1 FROM mail_outbox WHERE recipient = $1', [person.email]),
      ).toHaveLength(1);
      throw new Error('connection lost');
    });
    try {
      await t
        .http()
        .post(`/api/enrolments/${request.id}/approve`)
        .set('Cookie', coordinator.cookie)
        .expect(500);
    } finally {
      failing.mockRestore();
    }
    expect(await mailsTo(t, person.email)).toEqual([]);
    expect(dispatch).not.toHaveBeenCalled();
    dispatch.mockRestore();
    const [enrolment] = await t.db.query('SELECT status FROM enrolments WHERE id = $1', [request.id]);
    expect(enrolment.status).toBe('pending');
  });

  it('shows administrators the outbox, newest first and by recipient, with each mail’s bodies', async () => {
    const admin = await signedIn(t, ['admin']);
    const session = await createSession(t, coordinator.cookie, trainingId, { enrolmentPolicy: 'approval' });
    const { person, cookie } = await trainee();
    for (const decision of ['reject', 'approve']) {
      const request = (await enrol(cookie, session.id)).body;
      await t
        .http()
        .post(`/api/enrolments/${request.id}/${decision}`)
        .set('Cookie', coordinator.cookie)
        .expect(200);
      if (decision === 'reject') await new Promise((r) => setTimeout(r, 5));
    }
    const list = await t
      .http()
      .get('/api/mail-outbox')
      .query({ recipient: person.email.toUpperCase(), pageSize: 10 })
      .set('Cookie', admin.cookie)
      .expect(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items.map((m: MailSummary) => m.kind)).toEqual([
      'enrolment_approved',
      'enrolment_rejected',
    ]);
    expect(list.body.items[0]).not.toHaveProperty('textBody');
    const one = await t
      .http()
      .get(`/api/mail-outbox/${list.body.items[0].id}`)
      .set('Cookie', admin.cookie)
      .expect(200);
    expect(one.body as MailDetail).toMatchObject({ recipient: person.email, kind: 'enrolment_approved' });
    expect(one.body.textBody).toContain('/learn/enrolments');
    await t
      .http()
      .get('/api/mail-outbox/00000000-0000-4000-8000-00000000000f')
      .set('Cookie', admin.cookie)
      .expect(404);
  });
});
