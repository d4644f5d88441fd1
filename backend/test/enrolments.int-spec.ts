import ExcelJS from 'exceljs';
import { createPerson, signedIn, signIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, publishRepositoryContent } from './support/training-factories';

describe('enrolment', () => {
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

  const enrol = (cookie: string, sessionId: string) =>
    t.http().post(`/api/sessions/${sessionId}/enrol`).set('Cookie', cookie);

  it('enrols while seats last, then puts people on the waiting list in order', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 2 });
    const trainees = await Promise.all([1, 2, 3, 4].map(() => signedIn(t, ['trainee'])));
    const statuses = [];
    for (const trainee of trainees) statuses.push((await enrol(trainee.cookie, session.id).expect(201)).body);
    expect(statuses.map((s) => s.status)).toEqual(['enrolled', 'enrolled', 'waitlisted', 'waitlisted']);
    expect(statuses.map((s) => s.waitlistPosition)).toEqual([null, null, 1, 2]);
  });

  it('gives the freed seat to the first person on the waiting list when someone withdraws', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 1 });
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => signedIn(t, ['trainee'])));
    const seat = (await enrol(first.cookie, session.id).expect(201)).body;
    const waiting = (await enrol(second.cookie, session.id).expect(201)).body;
    await enrol(third.cookie, session.id).expect(201);
    await t.http().post(`/api/enrolments/${seat.id}/withdraw`).set('Cookie', first.cookie).expect(200);
    const roster = await t
      .http()
      .get(`/api/sessions/${session.id}/enrolments`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(
      roster.body.map((e: { person: { id: string }; status: string }) => [e.person.id, e.status]),
    ).toEqual([
      [second.person.id, 'enrolled'],
      [third.person.id, 'waitlisted'],
      [first.person.id, 'withdrawn'],
    ]);
    // Each transition is in the audit log, the promotion under the trainee whose withdrawal freed the seat.
    const label = (person: { fullName: string }) => `${person.fullName} — ${session.title}`;
    const audit = await t.db.query(
      `SELECT action, actor_name, subject_label, before, after FROM audit_log
        WHERE subject_id = ANY($1) ORDER BY at, action`,
      [[seat.id, waiting.id]],
    );
    expect(audit).toEqual([
      {
        action: 'enrolment.requested',
        actor_name: first.person.fullName,
        subject_label: label(first.person),
        before: null,
        after: { status: 'enrolled' },
      },
      {
        action: 'enrolment.requested',
        actor_name: second.person.fullName,
        subject_label: label(second.person),
        before: null,
        after: { status: 'waitlisted' },
      },
      {
        action: 'enrolment.left',
        actor_name: first.person.fullName,
        subject_label: label(first.person),
        before: { status: 'enrolled' },
        after: { status: 'withdrawn' },
      },
      {
        action: 'enrolment.promoted',
        actor_name: first.person.fullName,
        subject_label: label(second.person),
        before: { status: 'waitlisted' },
        after: { status: 'enrolled' },
      },
    ]);
  });

  it('lets a coordinator withdraw someone with a reason: audited, mailed in their language, the seat passed on', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 1 });
    const [first, second] = await Promise.all([1, 2].map(() => signedIn(t, ['trainee'])));
    await t.db.query(`UPDATE people SET language = 'tr', full_name = 'Emre Doğan' WHERE id = $1`, [
      first.person.id,
    ]);
    const seat = (await enrol(first.cookie, session.id).expect(201)).body;
    await enrol(second.cookie, session.id).expect(201);
    const trainer = await signedIn(t, ['trainer']);
    const withdraw = (cookie: string, body: object) =>
      t.http().post(`/api/enrolments/${seat.id}/withdrawal`).set('Cookie', cookie).send(body);

    await withdraw(trainer.cookie, { reason: 'Moved to Ankara' }).expect(403);
    const missing = await withdraw(coordinator.cookie, {}).expect(400);
    expect(missing.body.details).toEqual([
      expect.objectContaining({ field: 'reason', reason: expect.stringContaining('reason must') }),
    ]);
    const reason = 'Taşındı, Ankara oturumuna katılacak';
    const done = await withdraw(coordinator.cookie, { reason: `  ${reason} ` }).expect(200);
    expect(done.body).toMatchObject({ id: seat.id, status: 'withdrawn' });

    const roster = await t
      .http()
      .get(`/api/sessions/${session.id}/enrolments`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(
      roster.body.map((e: { person: { id: string }; status: string }) => [e.person.id, e.status]),
    ).toEqual([
      [second.person.id, 'enrolled'],
      [first.person.id, 'withdrawn'],
    ]);
    const [entry] = await t.db.query(
      `SELECT actor_name, subject_label, before, after FROM audit_log WHERE action = 'enrolment.withdrawn' AND subject_id = $1`,
      [seat.id],
    );
    expect(entry).toMatchObject({
      subject_label: expect.stringContaining('Emre Doğan'),
      before: { status: 'enrolled' },
      after: { status: 'withdrawn', reason },
    });
    const mails = await t.db.query(
      `SELECT kind, recipient, language, subject, text_body FROM mail_outbox WHERE recipient = ANY($1) ORDER BY kind`,
      [[first.person.email, second.person.email]],
    );
    expect(mails).toEqual([
      expect.objectContaining({
        kind: 'enrolment_withdrawn',
        recipient: first.person.email,
        language: 'tr',
        subject: expect.stringContaining('Oturum kaydınız sonlandırıldı'),
        text_body: expect.stringContaining(`Gerekçe: ${reason}`),
      }),
      expect.objectContaining({ kind: 'waitlist_promoted', recipient: second.person.email }),
    ]);

    const again = await withdraw(coordinator.cookie, { reason: 'Twice' }).expect(409);
    expect(again.body.code).toBe('enrolment.cannotWithdraw');
  });

  it('exports the roster as CSV and XLSX in the language of the person exporting, with the formula guard', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 1 });
    const seated = await createPerson(t.db, { fullName: '=HYPERLINK("http://x.example","Tıkla")' });
    const waiting = await createPerson(t.db, { fullName: 'Gülay Öztürk' });
    for (const person of [seated, waiting])
      await t
        .http()
        .post(`/api/sessions/${session.id}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: person.id })
        .expect(201);
    const download = (path: string, cookie: string) =>
      t
        .http()
        .get(`/api/sessions/${session.id}/${path}`)
        .set('Cookie', cookie)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });

    const csv = await download('roster.csv', coordinator.cookie);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="roster-[0-9a-f]{8}\.csv"$/);
    const lines = (csv.body as Buffer).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF"Name","Email","Organisation","Status","Place on the waiting list","Requested","Decided","Lessons completed","Lessons in the training"',
    );
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x\.example"",""Tıkla""\)","[^"]+","","Enrolled","",/);
    expect(lines[2]).toMatch(/^"Gülay Öztürk","[^"]+","","On the waiting list","1",/);

    const turkish = await signedIn(t, ['coordinator']);
    await t.db.query(`UPDATE people SET language = 'tr' WHERE id = $1`, [turkish.person.id]);
    const xlsx = await download('roster.xlsx', turkish.cookie);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Katılımcı listesi');
    const values = (sheet.getSheetValues().slice(1) as unknown[][]).map((r) => r.slice(1));
    expect(values[0].slice(0, 5)).toEqual([
      'Ad soyad',
      'E-posta',
      'Kurum',
      'Durum',
      'Bekleme listesindeki sırası',
    ]);
    expect(values[1][0]).toBe('\'=HYPERLINK("http://x.example","Tıkla")');
    expect(values[1][3]).toBe('Kayıtlı');
    expect(values[2].slice(3, 5)).toEqual(['Bekleme listesinde', 1]);
    // Times in the session's zone, named in Turkish.
    expect(values[2][5]).toMatch(/\d{2}:\d{2} \(.+\)$/);

    const stranger = await signedIn(t, ['trainer']);
    expect((await download('roster.csv', stranger.cookie)).status).toBe(403);
  });

  it('refuses to enrol the same person twice, and someone else’s withdrawal', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId);
    const trainee = await signedIn(t, ['trainee']);
    const other = await signedIn(t, ['trainee']);
    const enrolment = (await enrol(trainee.cookie, session.id).expect(201)).body;
    const again = await enrol(trainee.cookie, session.id).expect(409);
    expect(again.body.message).toBe('You are already enrolled in this session');
    // The portal says it in the reader's language from the code.
    expect(again.body.code).toBe('enrolment.alreadyEnrolled');
    await t.http().post(`/api/enrolments/${enrolment.id}/withdraw`).set('Cookie', other.cookie).expect(404);
  });

  it('refuses enrolment outside the enrolment window', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      enrolmentOpensAt: new Date(Date.now() - 10 * 86400_000).toISOString(),
      enrolmentClosesAt: new Date(Date.now() - 86400_000).toISOString(),
    });
    const trainee = await signedIn(t, ['trainee']);
    const response = await enrol(trainee.cookie, session.id).expect(403);
    expect(response.body.message).toBe('Enrolment for this session is closed');
    expect(response.body.code).toBe('enrolment.closed');
  });

  it('holds requests for approval; approving gives a seat, rejecting records the decision', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      enrolmentPolicy: 'approval',
      capacity: 5,
    });
    const [a, b] = await Promise.all([1, 2].map(() => signedIn(t, ['trainee'])));
    const pendingA = (await enrol(a.cookie, session.id).expect(201)).body;
    const pendingB = (await enrol(b.cookie, session.id).expect(201)).body;
    expect([pendingA.status, pendingB.status]).toEqual(['pending', 'pending']);
    expect(
      (
        await t
          .http()
          .post(`/api/enrolments/${pendingA.id}/approve`)
          .set('Cookie', coordinator.cookie)
          .expect(200)
      ).body.status,
    ).toBe('enrolled');
    expect(
      (
        await t
          .http()
          .post(`/api/enrolments/${pendingB.id}/reject`)
          .set('Cookie', coordinator.cookie)
          .expect(200)
      ).body.status,
    ).toBe('rejected');
    await t
      .http()
      .post(`/api/enrolments/${pendingB.id}/approve`)
      .set('Cookie', coordinator.cookie)
      .expect(409);
  });

  it('lets a coordinator enrol someone by hand, writing it to the audit log', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId);
    const person = await createPerson(t.db, { fullName: 'Nour Haddad' });
    const response = await t
      .http()
      .post(`/api/sessions/${session.id}/enrolments`)
      .set('Cookie', coordinator.cookie)
      .send({ personId: person.id })
      .expect(201);
    expect(response.body).toMatchObject({ status: 'enrolled', person: { fullName: 'Nour Haddad' } });
    const [entry] = await t.db.query(`SELECT action, after FROM audit_log WHERE subject_id = $1`, [
      response.body.id,
    ]);
    expect(entry).toEqual({ action: 'enrolment.added', after: { status: 'enrolled' } });
  });

  it('never enrols more than the capacity when many trainees enrol at the same moment', async () => {
    const capacity = 5;
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity });
    const people = await Promise.all(Array.from({ length: 30 }, () => createPerson(t.db)));
    const cookies = await Promise.all(people.map((p) => signIn(t, p.email)));
    const responses = await Promise.all(cookies.map((cookie) => enrol(cookie, session.id)));
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(201));
    const [counts] = await t.db.query(
      `SELECT count(*) FILTER (WHERE status = 'enrolled')::int AS enrolled, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted, count(*)::int AS total
         FROM enrolments WHERE session_id = $1`,
      [session.id],
    );
    expect(counts).toEqual({ enrolled: capacity, waitlisted: 30 - capacity, total: 30 });
  });

  it('promotes from the waiting list when the capacity is raised', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 1 });
    const trainees = await Promise.all([1, 2, 3].map(() => signedIn(t, ['trainee'])));
    for (const trainee of trainees) await enrol(trainee.cookie, session.id).expect(201);
    const { id, ...rest } = session;
    void id;
    await t
      .http()
      .put(`/api/sessions/${session.id}`)
      .set('Cookie', coordinator.cookie)
      .send({
        trainingId: rest.trainingId,
        title: rest.title,
        format: rest.format,
        mode: rest.mode,
        language: rest.language,
        venue: rest.venue,
        meetingLink: rest.meetingLink,
        city: rest.city,
        country: rest.country,
        capacity: 2,
        enrolmentOpensAt: rest.enrolmentOpensAt,
        enrolmentClosesAt: rest.enrolmentClosesAt,
        enrolmentPolicy: rest.enrolmentPolicy,
        trainerIds: [],
        meetings: rest.meetings.map((m) => ({
          id: m.id,
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          topic: m.topic,
          location: m.location,
        })),
      })
      .expect(200);
    const roster = await t
      .http()
      .get(`/api/sessions/${session.id}/enrolments`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(roster.body.map((e: { status: string }) => e.status)).toEqual([
      'enrolled',
      'enrolled',
      'waitlisted',
    ]);
    const promoted = await t.db.query(
      `SELECT recipient FROM mail_outbox WHERE kind = 'waitlist_promoted' AND recipient = ANY($1)`,
      [trainees.map((trainee) => trainee.person.email)],
    );
    expect(promoted).toEqual([{ recipient: trainees[1].person.email }]);
    const [promotion] = await t.db.query(
      `SELECT a.actor_name, a.subject_label FROM audit_log a JOIN enrolments e ON e.id::text = a.subject_id
        WHERE a.action = 'enrolment.promoted' AND e.session_id = $1`,
      [session.id],
    );
    expect(promotion).toEqual({
      actor_name: expect.any(String),
      subject_label: `${trainees[1].person.fullName} — ${session.title}`,
    });
  });
});
