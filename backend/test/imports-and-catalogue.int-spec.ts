import archiver from 'archiver';
import type { ImportJob } from '@atolye/shared';
import { createOrganisation, createPerson, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, publishRepositoryContent } from './support/training-factories';

describe('bulk enrolment import', () => {
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

  async function finished(job: ImportJob, seconds = 10): Promise<ImportJob> {
    for (let i = 0; i < seconds * 10; i++) {
      const current = (
        await t.http().get(`/api/imports/${job.id}`).set('Cookie', coordinator.cookie).expect(200)
      ).body as ImportJob;
      if (current.status !== 'running') return current;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('import did not finish');
  }

  it('enrols good rows, reports each bad row with its line and reason, and creates accounts and organisations', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 2 });
    const existing = await createPerson(t.db, { fullName: 'Elena Papadopoulou' });
    const organisation = await createOrganisation(t.db, { name: `Hatay Kadın Kooperatifi ${Date.now()}` });
    const stamp = Date.now();
    const csv = [
      'email,full_name,organisation,province,gender,language',
      `${existing.email},Elena Papadopoulou,,,,`,
      `new-${stamp}@example.org,Zeynep Arslan,${organisation.name.toUpperCase()},Hatay,female,tr`,
      `not-an-email,Broken Row,,,,`,
      `other-${stamp}@example.org,Omar Khalil,Yeni Umut Derneği ${stamp},Kilis,male,en`,
      `${existing.email},Elena Papadopoulou,,,,`,
      `nameless-${stamp}@example.org,,,,,`,
      `third-${stamp}@example.org,Deniz Kaya,,,robot,`,
    ].join('\n');
    const started = await t
      .http()
      .post(`/api/sessions/${session.id}/imports`)
      .set('Cookie', coordinator.cookie)
      .send({ fileName: 'participants.csv', contentBase64: Buffer.from(csv).toString('base64') })
      .expect(201);
    expect(started.body).toMatchObject({ status: 'running', total: 7 });
    const job = await finished(started.body);
    expect(job).toMatchObject({ status: 'finished', processed: 7, error: null });
    expect(job.rows).toEqual([
      {
        row: 2,
        email: existing.email,
        outcome: 'enrolled',
        createdAccount: false,
        createdOrganisation: false,
      },
      {
        row: 3,
        email: `new-${stamp}@example.org`,
        outcome: 'enrolled',
        createdAccount: true,
        createdOrganisation: false,
      },
      {
        row: 4,
        email: 'not-an-email',
        outcome: 'rejected',
        reason: 'email "not-an-email" is not a valid email address',
        reasonCode: 'email_invalid',
        reasonParams: { value: 'not-an-email' },
      },
      {
        row: 5,
        email: `other-${stamp}@example.org`,
        outcome: 'waitlisted',
        createdAccount: true,
        createdOrganisation: true,
      },
      {
        row: 6,
        email: existing.email,
        outcome: 'already_enrolled',
        reason: 'Elena Papadopoulou is already enrolled in this session',
        reasonCode: 'already_in',
        reasonParams: { name: 'Elena Papadopoulou', status: 'enrolled' },
      },
      {
        row: 7,
        email: `nameless-${stamp}@example.org`,
        outcome: 'rejected',
        reason: 'full_name is missing',
        reasonCode: 'full_name_missing',
        reasonParams: {},
      },
      {
        row: 8,
        email: `third-${stamp}@example.org`,
        outcome: 'rejected',
        reason: 'gender "robot" must be one of female, male, other, undeclared',
        reasonCode: 'gender_invalid',
        reasonParams: { value: 'robot', allowed: 'female, male, other, undeclared' },
      },
    ]);
    const [zeynep] = await t.db.query(
      'SELECT p.gender, p.language, o.id AS organisation_id FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE p.email = $1',
      [`new-${stamp}@example.org`],
    );
    expect(zeynep).toEqual({ gender: 'female', language: 'tr', organisation_id: organisation.id });
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM people WHERE email = 'not-an-email'`,
    );
    expect(count).toBe(0);
  });

  it('refuses a file without the needed columns as a whole, enrolling nobody', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId);
    const started = await t
      .http()
      .post(`/api/sessions/${session.id}/imports`)
      .set('Cookie', coordinator.cookie)
      .send({ fileName: 'list.csv', contentBase64: Buffer.from('name;mail\nA;b\n').toString('base64') })
      .expect(201);
    expect(started.body).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/missing: email, full_name/),
    });
    await t
      .http()
      .post(`/api/sessions/${session.id}/imports`)
      .set('Cookie', coordinator.cookie)
      .send({ fileName: 'list.pdf', contentBase64: 'eA==' })
      .expect(400);
  });

  it("keeps each row's outcome as a row of its own, so a long import does not rewrite its report per row", async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 1000 });
    const lines = Array.from(
      { length: 400 },
      (_, i) => `row-${i}-${session.id.slice(0, 8)}@test.example,Katılımcı ${i}`,
    );
    const started = await t
      .http()
      .post(`/api/sessions/${session.id}/imports`)
      .set('Cookie', coordinator.cookie)
      .send({
        fileName: 'participants.csv',
        contentBase64: Buffer.from(['email,full_name', ...lines].join('\n')).toString('base64'),
      })
      .expect(201);
    const job = await finished(started.body, 50);
    expect(job).toMatchObject({ status: 'finished', total: 400, processed: 400 });
    expect(job.rows).toHaveLength(400);
    expect(job.rows[399]).toMatchObject({ row: 401, outcome: 'enrolled', createdAccount: true });
    const [{ reports, enrolled }] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM import_job_rows WHERE job_id = $1) AS reports,
              (SELECT count(*)::int FROM enrolments WHERE session_id = $2) AS enrolled`,
      [job.id, session.id],
    );
    expect({ reports, enrolled }).toEqual({ reports: 400, enrolled: 400 });
  }, 60_000);

  it('refuses an XLSX file that unpacks to more than 20 MB with 413, before unpacking it', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId);
    // 200 MB of one repeated byte, deflated into a few hundred kilobytes: a zip bomb.
    const archive = archiver('zip', { zlib: { level: 9 } });
    const chunks: Buffer[] = [];
    archive.on('data', (chunk: Buffer) => chunks.push(chunk));
    const block = Buffer.alloc(1024 * 1024, 0x20);
    for (let i = 0; i < 200; i++) archive.append(block, { name: `xl/worksheets/sheet${i + 1}.xml` });
    await archive.finalize();
    const bomb = Buffer.concat(chunks);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const single = archiver('zip', { zlib: { level: 9 } });
    const singleChunks: Buffer[] = [];
    single.on('data', (chunk: Buffer) => singleChunks.push(chunk));
    single.append(Buffer.alloc(30 * 1024 * 1024, 0x20), { name: 'xl/sharedStrings.xml' });
    await single.finalize();
    for (const file of [bomb, Buffer.concat(singleChunks)]) {
      const response = await t
        .http()
        .post(`/api/sessions/${session.id}/imports`)
        .set('Cookie', coordinator.cookie)
        .send({ fileName: 'participants.xlsx', contentBase64: file.toString('base64') })
        .expect(413);
      expect(response.body).toMatchObject({
        code: 'import.unpacksTooLarge',
        params: { limitMb: 20 },
        details: [{ field: 'contentBase64', reason: 'unpacks to more than 20 MB' }],
      });
    }
    const [{ jobs }] = await t.db.query(
      'SELECT count(*)::int AS jobs FROM import_jobs WHERE session_id = $1',
      [session.id],
    );
    expect(jobs).toBe(0);
  });

  it('reports an import whose process stopped as failed once it has not moved for two minutes', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId);
    const [{ id: starter }] = await t.db.query(
      `SELECT id FROM people WHERE roles @> '{coordinator}' LIMIT 1`,
    );
    const insert = (minutesAgo: number) =>
      t.db
        .query(
          `INSERT INTO import_jobs (session_id, started_by, file_name, status, total, processed, progressed_at)
           VALUES ($1, $2, 'list.csv', 'running', 10, 4, now() - make_interval(mins => $3)) RETURNING id`,
          [session.id, starter, minutesAgo],
        )
        .then(([row]: { id: string }[]) => row.id);
    const stopped = await insert(3);
    const moving = await insert(1);
    const read = async (id: string) =>
      (await t.http().get(`/api/imports/${id}`).set('Cookie', coordinator.cookie).expect(200))
        .body as ImportJob;

    expect(await read(stopped)).toMatchObject({
      status: 'failed',
      processed: 4,
      error: expect.stringMatching(/stopped before it finished.*import the file again/s),
    });
    expect(await read(moving)).toMatchObject({ status: 'running', processed: 4, error: null });
    // Stored, not only answered: the next read finds it failed too.
    const [{ status }] = await t.db.query('SELECT status FROM import_jobs WHERE id = $1', [stopped]);
    expect(status).toBe('failed');
  });
});

describe('catalogue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
  });
  afterAll(() => t.close());

  it('lists published trainings with their open sessions, filtered by mode and city, and shows my status', async () => {
    const coordinator = await signedIn(t, ['coordinator']);
    const trainee = await signedIn(t, ['trainee']);
    const title = `Advocacy with public authorities ${Date.now()}`;
    const training = await createTraining(t, coordinator.cookie, {
      modules: ['advocacy-and-policy-dialogue'],
      title,
    });
    const draft = await createTraining(t, coordinator.cookie, {
      modules: ['advocacy-and-policy-dialogue'],
      title: `Draft ${title}`,
      publish: false,
    });
    const izmir = await createSession(t, coordinator.cookie, training.id, {
      city: 'İzmir',
      title: 'İzmir cohort',
    });
    await createSession(t, coordinator.cookie, training.id, {
      mode: 'online',
      venue: null,
      meetingLink: 'https://meet.example.org/atolye',
      city: 'Online',
      title: 'Online cohort',
    });
    await createSession(t, coordinator.cookie, draft.id);
    await t.http().post(`/api/sessions/${izmir.id}/enrol`).set('Cookie', trainee.cookie).expect(201);

    const all = await t
      .http()
      .get('/api/catalogue')
      .query({ q: title })
      .set('Cookie', trainee.cookie)
      .expect(200);
    expect(all.body.map((x: { id: string }) => x.id)).toEqual([training.id]);
    expect(all.body[0].sessions.map((s: { title: string }) => s.title).sort()).toEqual([
      'Online cohort',
      'İzmir cohort',
    ]);

    const inIzmir = await t
      .http()
      .get('/api/catalogue')
      .query({ q: title, city: 'izmir' })
      .set('Cookie', trainee.cookie)
      .expect(200);
    expect(inIzmir.body[0].sessions).toEqual([
      expect.objectContaining({
        title: 'İzmir cohort',
        myStatus: 'enrolled',
        seatsLeft: 19,
        enrolmentOpen: true,
      }),
    ]);
    const online = await t
      .http()
      .get('/api/catalogue')
      .query({ q: title, mode: 'online' })
      .set('Cookie', trainee.cookie)
      .expect(200);
    expect(online.body[0].sessions.map((s: { title: string }) => s.title)).toEqual(['Online cohort']);
    await t
      .http()
      .get('/api/catalogue')
      .query({ mode: 'by-pigeon' })
      .set('Cookie', trainee.cookie)
      .expect(400);
  });
});
