import ExcelJS from 'exceljs';
import type { AttendanceSheet } from '@atolye/shared';
import { createOrganisation, createPerson, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, publishRepositoryContent } from './support/training-factories';

// pdf-parse has no types; it returns the text of every page.
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse');

const HOUR = 3600_000;

describe('attendance', () => {
  let t: TestApp;
  let coordinator: { cookie: string };
  let trainer: { person: { id: string }; cookie: string };
  let otherTrainer: { person: { id: string }; cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainer = await signedIn(t, ['trainer']);
    otherTrainer = await signedIn(t, ['trainer']);
    trainingId = (await createTraining(t, coordinator.cookie)).id;
  });
  afterAll(() => t.close());

  /**
   * A session of the trainer with four planned meetings (the first over, the second begun an hour
   * ago, two still ahead) and `n` people.
   */
  async function sessionWith(n: number, names: string[] = []) {
    const now = Date.now();
    const meetings = [-48, -1, 48, 72].map((h, i) => ({
      startsAt: new Date(now + h * HOUR).toISOString(),
      endsAt: new Date(now + h * HOUR + 3 * HOUR).toISOString(),
      topic: `Day ${i + 1}`,
    }));
    const session = await createSession(t, coordinator.cookie, trainingId, {
      trainerIds: [trainer.person.id],
      meetings,
      capacity: 50,
    });
    for (let i = 0; i < n; i++) {
      const person = await createPerson(t.db, { fullName: names[i] ?? `Katılımcı ${i + 1}` });
      await t
        .http()
        .post(`/api/sessions/${session.id}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: person.id })
        .expect(201);
    }
    const sheet: AttendanceSheet = (
      await t.http().get(`/api/sessions/${session.id}/attendance`).set('Cookie', trainer.cookie).expect(200)
    ).body;
    return { session, sheet };
  }

  it('marks a whole meeting in one request — everyone present but two exceptions — and counts every planned meeting', async () => {
    const { sheet } = await sessionWith(5);
    const meeting = sheet.meetings[1];
    const marks = sheet.rows.map((row, i) => ({
      enrolmentId: row.enrolmentId as string,
      status: i === 0 ? 'late' : i === 1 ? 'excused' : 'present',
      note: i === 1 ? 'Hastane randevusu' : null,
    }));
    const saved: AttendanceSheet = (
      await t
        .http()
        .put(`/api/meetings/${meeting.id}/attendance`)
        .set('Cookie', trainer.cookie)
        .send({ marks })
        .expect(200)
    ).body;
    expect(saved.rows.map((r) => r.cells[meeting.id].status)).toEqual([
      'late',
      'excused',
      'present',
      'present',
      'present',
    ]);
    expect(saved.rows[1].cells[meeting.id]).toMatchObject({ note: 'Hastane randevusu', method: 'trainer' });
    // One of four planned meetings attended: 25 %, although only one meeting is marked so far.
    expect(saved.rows.map((r) => r.percent)).toEqual([25, 0, 25, 25, 25]);
  });

  it('refuses any mark but "excused" before a meeting starts, and audits every mark that changes the record', async () => {
    const { sheet } = await sessionWith(2, ['Ayşe Yılmaz', 'Burak Şahin']);
    const ahead = sheet.meetings[3];
    const [ayse, burak] = sheet.rows.map((r) => r.enrolmentId as string);
    const refused = await t
      .http()
      .put(`/api/meetings/${ahead.id}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({
        marks: [
          { enrolmentId: ayse, status: 'excused', note: 'Sınav haftası' },
          { enrolmentId: burak, status: 'present' },
        ],
      })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'attendance.meetingNotStarted',
      details: [{ field: 'marks.1.status', reason: 'only "excused" before the meeting starts' }],
    });
    const untouched = await t.db.query('SELECT id FROM attendance_records WHERE meeting_id = $1', [ahead.id]);
    expect(untouched).toEqual([]);

    const saved: AttendanceSheet = (
      await t
        .http()
        .put(`/api/meetings/${ahead.id}/attendance`)
        .set('Cookie', trainer.cookie)
        .send({ marks: [{ enrolmentId: ayse, status: 'excused', note: 'Sınav haftası' }] })
        .expect(200)
    ).body;
    expect(saved.rows[0].cells[ahead.id]).toMatchObject({ status: 'excused', note: 'Sınav haftası' });

    // The meeting under way: marked, then one mark saved again unchanged (no new entry), one changed.
    const now = sheet.meetings[1];
    const mark = (marks: object[]) =>
      t
        .http()
        .put(`/api/meetings/${now.id}/attendance`)
        .set('Cookie', trainer.cookie)
        .send({ marks })
        .expect(200);
    await mark([
      { enrolmentId: ayse, status: 'present' },
      { enrolmentId: burak, status: 'present' },
    ]);
    await mark([
      { enrolmentId: ayse, status: 'present' },
      { enrolmentId: burak, status: 'late', note: 'Bus from Bornova' },
    ]);
    const entries = await t.db.query(
      `SELECT subject_id, before, after FROM audit_log WHERE action = 'attendance.edited' AND subject_id = ANY($1) ORDER BY at, subject_label`,
      [[ahead.id, now.id]],
    );
    expect(entries).toEqual([
      { subject_id: ahead.id, before: null, after: { status: 'excused', note: 'Sınav haftası' } },
      { subject_id: now.id, before: null, after: { status: 'present', note: null } },
      { subject_id: now.id, before: null, after: { status: 'present', note: null } },
      {
        subject_id: now.id,
        before: { status: 'present', note: null },
        after: { status: 'late', note: 'Bus from Bornova' },
      },
    ]);
  });

  it('writes edits made after a meeting to the audit log with before and after', async () => {
    const { sheet } = await sessionWith(1, ['Yusuf Demir']);
    const past = sheet.meetings[0];
    const enrolmentId = sheet.rows[0].enrolmentId as string;
    await t
      .http()
      .put(`/api/meetings/${past.id}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({ marks: [{ enrolmentId, status: 'absent' }] })
      .expect(200);
    await t
      .http()
      .put(`/api/meetings/${past.id}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({ marks: [{ enrolmentId, status: 'present', note: 'Came late, signed the sheet' }] })
      .expect(200);
    const entries = await t.db.query(
      `SELECT before, after, subject_label FROM audit_log WHERE action = 'attendance.edited' AND subject_id = $1 ORDER BY at`,
      [past.id],
    );
    expect(entries).toEqual([
      {
        before: null,
        after: { status: 'absent', note: null },
        subject_label: expect.stringContaining('Yusuf Demir'),
      },
      {
        before: { status: 'absent', note: null },
        after: { status: 'present', note: 'Came late, signed the sheet' },
        subject_label: expect.any(String),
      },
    ]);
  });

  it('lets a trainer see and mark only sessions they are assigned to', async () => {
    const { session, sheet } = await sessionWith(1);
    await t
      .http()
      .get(`/api/sessions/${session.id}/attendance`)
      .set('Cookie', otherTrainer.cookie)
      .expect(403);
    await t
      .http()
      .put(`/api/meetings/${sheet.meetings[1].id}/attendance`)
      .set('Cookie', otherTrainer.cookie)
      .send({ marks: [{ enrolmentId: sheet.rows[0].enrolmentId, status: 'present' }] })
      .expect(403);
    await t
      .http()
      .get(`/api/sessions/${session.id}/attendance.csv`)
      .set('Cookie', otherTrainer.cookie)
      .expect(403);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM attendance_records WHERE meeting_id = $1`,
      [sheet.meetings[1].id],
    );
    expect(count).toBe(0);
  });

  it('refuses a mark for someone who is not in the session, changing nothing', async () => {
    const { sheet } = await sessionWith(1);
    const other = await sessionWith(1);
    const response = await t
      .http()
      .put(`/api/meetings/${sheet.meetings[1].id}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({
        marks: [
          { enrolmentId: sheet.rows[0].enrolmentId, status: 'present' },
          { enrolmentId: other.sheet.rows[0].enrolmentId, status: 'present' },
        ],
      })
      .expect(422);
    expect(response.body.details).toEqual([
      { field: 'marks.1', reason: 'not a participant of this session' },
    ]);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM attendance_records WHERE meeting_id = $1`,
      [sheet.meetings[1].id],
    );
    expect(count).toBe(0);
  });

  it('adds a walk-in and later merges them into a new account without losing their attendance', async () => {
    const { session, sheet } = await sessionWith(1);
    const email = `walkin-${Date.now()}@example.org`;
    const withWalkIn: AttendanceSheet = (
      await t
        .http()
        .post(`/api/sessions/${session.id}/walk-ins`)
        .set('Cookie', trainer.cookie)
        .send({
          meetingId: sheet.meetings[1].id,
          fullName: 'Mariam Sultani',
          organisation: 'Afgan Kadınları Dayanışma Derneği',
          email,
        })
        .expect(201)
    ).body;
    const walkIn = withWalkIn.rows.find((r) => r.walkInId) as AttendanceSheet['rows'][number];
    expect(walkIn).toMatchObject({ fullName: 'Mariam Sultani', enrolmentId: null, attended: 1 });
    const [added] = await t.db.query(
      `SELECT subject_label, after FROM audit_log WHERE action = 'attendance.edited' AND subject_id = $1`,
      [sheet.meetings[1].id],
    );
    expect(added).toEqual({
      subject_label: expect.stringContaining('Mariam Sultani'),
      after: {
        status: 'present',
        note: null,
        walkIn: true,
        organisation: 'Afgan Kadınları Dayanışma Derneği',
      },
    });
    await t
      .http()
      .post(`/api/walk-ins/${walkIn.walkInId}/merge`)
      .set('Cookie', trainer.cookie)
      .send({})
      .expect(403);
    const merged: AttendanceSheet = (
      await t
        .http()
        .post(`/api/walk-ins/${walkIn.walkInId}/merge`)
        .set('Cookie', coordinator.cookie)
        .send({})
        .expect(200)
    ).body;
    const row = merged.rows.find((r) => r.fullName === 'Mariam Sultani') as AttendanceSheet['rows'][number];
    expect(row).toMatchObject({ walkInId: null, attended: 1 });
    expect(row.cells[sheet.meetings[1].id].status).toBe('present');
    const [person] = await t.db.query(
      'SELECT p.roles, o.name AS organisation FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.email = $1',
      [email],
    );
    // The organisation typed at the door stays with them.
    expect(person).toEqual({ roles: ['trainee'], organisation: 'Afgan Kadınları Dayanışma Derneği' });
    expect(row.organisation).toBe('Afgan Kadınları Dayanışma Derneği');
  });

  it('refuses a walk-in at a meeting that has not started', async () => {
    const { session, sheet } = await sessionWith(0);
    const refused = await t
      .http()
      .post(`/api/sessions/${session.id}/walk-ins`)
      .set('Cookie', trainer.cookie)
      .send({ meetingId: sheet.meetings[2].id, fullName: 'Erken Gelen' })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'attendance.meetingNotStarted',
      details: [{ field: 'meetingId', reason: 'the meeting has not started' }],
    });
    const [{ count }] = await t.db.query(
      'SELECT count(*)::int AS count FROM walk_ins WHERE session_id = $1',
      [session.id],
    );
    expect(count).toBe(0);
  });

  it('asks whose organisation to keep when the walk-in gave another than the account holds', async () => {
    const { session, sheet } = await sessionWith(0);
    const stamp = Date.now();
    const home = await createOrganisation(t.db, { name: `Ege Göç Derneği ${stamp}` });
    const account = await createPerson(t.db, { fullName: 'Leyla Karimi', organisationId: home.id });
    const addWalkIn = async (organisation: string) =>
      (
        (
          await t
            .http()
            .post(`/api/sessions/${session.id}/walk-ins`)
            .set('Cookie', trainer.cookie)
            .send({ meetingId: sheet.meetings[1].id, fullName: 'Leyla K.', organisation })
            .expect(201)
        ).body as AttendanceSheet
      ).rows.find((r) => r.walkInId)?.walkInId as string;
    const merge = (walkInId: string, body: object) =>
      t.http().post(`/api/walk-ins/${walkInId}/merge`).set('Cookie', coordinator.cookie).send(body);
    const organisationOf = async () =>
      (
        await t.db.query(
          'SELECT o.name FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1',
          [account.id],
        )
      )[0].name;

    const walkIn = await addWalkIn(`Kapı Kooperatifi ${stamp}`);
    const asked = await merge(walkIn, { personId: account.id }).expect(409);
    expect(asked.body).toMatchObject({
      code: 'walkIn.organisationDiffers',
      params: { walkIn: `Kapı Kooperatifi ${stamp}`, account: `Ege Göç Derneği ${stamp}` },
    });
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM walk_ins WHERE id = $1', [
      walkIn,
    ]);
    expect(count).toBe(1);
    await merge(walkIn, { personId: account.id, organisation: 'bogus' }).expect(400);
    await merge(walkIn, { personId: account.id, organisation: 'walk_in' }).expect(200);
    expect(await organisationOf()).toBe(`Kapı Kooperatifi ${stamp}`);
    const [entry] = await t.db.query(
      `SELECT before, after FROM audit_log WHERE action = 'walk_in.merged' AND after->>'personId' = $1`,
      [account.id],
    );
    expect(entry.before).toMatchObject({ organisation: `Kapı Kooperatifi ${stamp}` });
    expect(entry.after).toMatchObject({ organisation: `Kapı Kooperatifi ${stamp}` });

    // The same spelling, folded ("KAPI KOOPERATİFİ"), is the same organisation: nothing to ask.
    const again = await addWalkIn(`KAPI KOOPERATİFİ ${stamp}`);
    await merge(again, { personId: account.id }).expect(200);
    expect(await organisationOf()).toBe(`Kapı Kooperatifi ${stamp}`);
  });

  it('exports the sheet to CSV and XLSX with totals, neutralising formula-like names', async () => {
    const { session, sheet } = await sessionWith(3, ['=cmd|"/c calc"!A1', 'Şükrü Çağlar', 'Ayse;=1+1;']);
    await t
      .http()
      .put(`/api/meetings/${sheet.meetings[1].id}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({ marks: sheet.rows.map((r) => ({ enrolmentId: r.enrolmentId, status: 'present' })) })
      .expect(200);
    const csv = await t
      .http()
      .get(`/api/sessions/${session.id}/attendance.csv`)
      .set('Cookie', trainer.cookie)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="attendance-[0-9a-f]{8}\.csv"$/,
    );
    expect(csv.headers['cache-control']).toBe('no-store');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(text).toContain('"Şükrü Çağlar"');
    // Read by Excel with a ';' separator (Turkish locale), the piece after ';' must not be a formula.
    expect(text).toContain(`"Ayse;'=1+1;"`);
    expect(text).not.toMatch(/;=/);
    expect(text.split('\r\n')[0]).toMatch(
      /^\uFEFF"Name","Organisation",.*Day 1.*,"Attended","Attendance %"$/,
    );
    expect(text.split('\r\n')[1]).toMatch(/,"","Present","","","1","25"$/);
    for (const line of text.split('\r\n').filter(Boolean))
      expect(line).toMatch(/^\uFEFF?"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);

    // Exported by a trainer who reads Turkish: headers, sheet name and marks in Turkish.
    await t.db.query(`UPDATE people SET language = 'tr' WHERE id = $1`, [trainer.person.id]);
    const xlsx = await t
      .http()
      .get(`/api/sessions/${session.id}/attendance.xlsx`)
      .set('Cookie', trainer.cookie)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const rows = workbook.worksheets[0].getSheetValues().slice(1) as unknown[][];
    await t.db.query(`UPDATE people SET language = 'en' WHERE id = $1`, [trainer.person.id]);
    expect(workbook.worksheets[0].name).toBe('Yoklama');
    const values = rows.map((r) => r.slice(1));
    expect(values[0][0]).toBe('Ad soyad');
    expect(values[0].slice(-2)).toEqual(['Katıldığı buluşma', 'Katılım %']);
    expect(values[1].slice(0, 4)).toEqual(['\'=cmd|"/c calc"!A1', '', '', 'Katıldı']);
    expect(values.map((v) => v[0])).toEqual(expect.arrayContaining(['Şükrü Çağlar', "Ayse;'=1+1;"]));
  });

  it('prints a sign-in sheet whose Turkish letters extract correctly', async () => {
    const { sheet } = await sessionWith(2, ['Gülşen İnceoğlu', 'Ömer Çırağan']);
    const pdf = await t
      .http()
      .get(`/api/meetings/${sheet.meetings[1].id}/sign-in-sheet.pdf`)
      .set('Cookie', trainer.cookie)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfParse(pdf.body);
    expect(text).toContain('Gülşen İnceoğlu');
    expect(text).toContain('Ömer Çırağan');
    expect(text).toContain('Katılım listesi');
  });
});
