import { createHash } from 'node:crypto';
import type { CertificateJob, EnrolmentCompletion } from '@atolye/shared';
import { AuditService } from '../src/audit/audit.service';
import { CertificateJobsService } from '../src/certificates/certificate-jobs.service';
import { CertificatesService } from '../src/certificates/certificates.service';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, moduleVersionIds, publishRepositoryContent } from './support/training-factories';

const HOUR = 3600_000;
const binary = (res: import('superagent').Response, done: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('completion and certificates', () => {
  let t: TestApp;
  let coordinator: { person: { id: string }; cookie: string };
  let trainer: { person: { id: string }; cookie: string };

  beforeAll(async () => {
    t = await createTestApp({ verifyRequestsPerMinute: 1000 });
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainer = await signedIn(t, ['trainer']);
  });
  afterAll(() => t.close());

  /** Certificate mails stored for these addresses. */
  async function certificateMails(emails: string[]): Promise<number> {
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM mail_outbox WHERE kind = 'certificate_issued' AND recipient = ANY($1)`,
      [emails],
    );
    return count;
  }

  /** A finished session of five meetings with a training rule, and `names` enrolled. */
  async function finishedSession(rule: object, names: string[]) {
    const ids = await moduleVersionIds(t, ['advocacy-and-policy-dialogue']);
    const training = (
      await t
        .http()
        .post('/api/trainings')
        .set('Cookie', coordinator.cookie)
        .send({
          title: { en: 'Advocacy with public authorities', tr: 'Kamu kurumlarıyla savunuculuk' },
          description: { en: '', tr: '' },
          languages: ['tr', 'en'],
          moduleVersionIds: ids,
          completionRule: {
            minAttendancePercent: 80,
            requireAllLessons: false,
            requiredQuizzes: [],
            requireEvaluation: false,
            passPostTests: false,
            ...rule,
          },
        })
        .expect(201)
    ).body;
    await t
      .http()
      .post(`/api/trainings/${training.id}/publish`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    const start = Date.now() - 10 * 24 * HOUR;
    const session = await createSession(t, coordinator.cookie, training.id, {
      trainerIds: [trainer.person.id],
      enrolmentOpensAt: new Date(start - 10 * 24 * HOUR).toISOString(),
      enrolmentClosesAt: new Date(start).toISOString(),
      meetings: [0, 1, 2, 3, 4].map((d) => ({
        startsAt: new Date(start + d * 24 * HOUR).toISOString(),
        endsAt: new Date(start + d * 24 * HOUR + 3 * HOUR).toISOString(),
        topic: `Gün ${d + 1}`,
      })),
    });
    const people = [];
    for (const name of names) {
      const person = await createPerson(t.db, { fullName: name });
      const enrolment = (
        await t
          .http()
          .post(`/api/sessions/${session.id}/enrolments`)
          .set('Cookie', coordinator.cookie)
          .send({ personId: person.id })
          .expect(201)
      ).body;
      people.push({ person, enrolment, cookie: await sessionCookieFor(t.db, person.id) });
    }
    const mark = async (meetingIndex: number, marks: { enrolmentId: string; status: string }[]) =>
      t
        .http()
        .put(`/api/meetings/${session.meetings[meetingIndex].id}/attendance`)
        .set('Cookie', trainer.cookie)
        .send({ marks })
        .expect(200);
    const completion = async (): Promise<EnrolmentCompletion[]> =>
      (
        await t
          .http()
          .get(`/api/sessions/${session.id}/completion`)
          .set('Cookie', coordinator.cookie)
          .expect(200)
      ).body;
    return { session, training, people, mark, completion };
  }

  it('counts attendance over all planned meetings: 4 of 5 meets 80 %, 3 of 5 does not; late counts, excused only if configured', async () => {
    const s = await finishedSession({ excusedCountsAsPresent: false }, [
      'Ayten Bulut',
      'Barış Kılıç',
      'Cemile Ok',
    ]);
    const [a, b, c] = s.people.map((p) => p.enrolment.id);
    for (const i of [0, 1, 2])
      await s.mark(i, [
        { enrolmentId: a, status: 'present' },
        { enrolmentId: b, status: 'present' },
        { enrolmentId: c, status: 'present' },
      ]);
    await s.mark(3, [
      { enrolmentId: a, status: 'late' },
      { enrolmentId: b, status: 'absent' },
      { enrolmentId: c, status: 'excused' },
    ]);
    const byName = Object.fromEntries((await s.completion()).map((e) => [e.fullName, e]));
    expect(byName['Ayten Bulut'].criteria[0]).toEqual({
      criterion: 'attendance',
      label: 'attendance',
      met: true,
      value: 80,
      required: 80,
    });
    expect(byName['Barış Kılıç'].criteria[0]).toMatchObject({ met: false, value: 60 });
    expect(byName['Cemile Ok'].criteria[0]).toMatchObject({ met: false, value: 60 });
    expect([byName['Ayten Bulut'].eligible, byName['Barış Kılıç'].eligible]).toEqual([true, false]);

    const generous = await finishedSession({ excusedCountsAsPresent: true }, ['Derya Er']);
    const d = generous.people[0].enrolment.id;
    for (const i of [0, 1, 2]) await generous.mark(i, [{ enrolmentId: d, status: 'present' }]);
    await generous.mark(3, [{ enrolmentId: d, status: 'excused' }]);
    expect((await generous.completion())[0].criteria[0]).toMatchObject({ met: true, value: 80 });
  });

  it('asks for every lesson read, a quiz score and the evaluation when the rule says so', async () => {
    const s = await finishedSession(
      {
        minAttendancePercent: 0,
        requireAllLessons: true,
        requiredQuizzes: [
          { moduleSlug: 'advocacy-and-policy-dialogue', quiz: 'post-test', minScorePercent: 70 },
        ],
        requireEvaluation: true,
      },
      ['Elçin Tan'],
    );
    const [status] = await s.completion();
    expect(status.criteria.map((c) => [c.criterion, c.met, c.value, c.required])).toEqual([
      ['attendance', true, 0, 0],
      ['lessons', false, 0, 4],
      ['quiz', false, null, 70],
      ['evaluation', false, null, null],
    ]);
    const { cookie, enrolment } = s.people[0];
    await t
      .http()
      .post(`/api/my/enrolments/${enrolment.id}/evaluation`)
      .set('Cookie', cookie)
      .send({ ratings: { relevance: 5, trainer: 5, materials: 4, organisation: 4 }, anonymous: true })
      .expect(201);
    expect((await s.completion())[0].criteria.find((c) => c.criterion === 'evaluation')?.met).toBe(true);
  });

  it('asks by default for each post-test passed at its own pass mark, with the score, the mark and the attempts left', async () => {
    // Left out of the request, the criterion is on: the module has a post-test (pass mark 70 %, two attempts).
    const s = await finishedSession({ minAttendancePercent: 0, passPostTests: undefined }, ['Filiz Aydın']);
    expect(s.training.completionRule.passPostTests).toBe(true);
    const { enrolment } = s.people[0];
    const [postTest] = await t.db.query(
      `SELECT q.id FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
        WHERE m.slug = 'advocacy-and-policy-dialogue' AND q.slug = 'post-test' ORDER BY m.published_at DESC LIMIT 1`,
    );
    const attempt = (number: number, percent: number) =>
      t.db.query(
        `INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, answers, max_score, score, percent, passed, submitted_at, graded)
         VALUES ($1, $2, $3, '{"questionIds":[],"order":{}}', '{}', 100, $4::numeric, $4::numeric, $4::numeric >= 70, now(), '{}')`,
        [postTest.id, enrolment.id, number, percent],
      );
    const postTestCriterion = async () =>
      (await s.completion())[0].criteria.find((c) => c.criterion === 'post_test');
    expect(await postTestCriterion()).toEqual({
      criterion: 'post_test',
      label: 'advocacy-and-policy-dialogue/post-test',
      moduleTitle: {
        en: 'Advocacy and policy dialogue with public authorities',
        tr: 'Savunuculuk ve kamu kurumlarıyla politika diyaloğu',
      },
      met: false,
      value: null,
      required: 70,
      attemptsLeft: 2,
    });
    await attempt(1, 69);
    expect(await postTestCriterion()).toMatchObject({ met: false, value: 69, required: 70, attemptsLeft: 1 });
    expect((await s.completion())[0].eligible).toBe(false);
    const refused = await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId: enrolment.id })
      .expect(422);
    expect(refused.body.message).toContain('advocacy-and-policy-dialogue/post-test 69 of 70');

    await attempt(2, 75);
    expect(await postTestCriterion()).toEqual({
      criterion: 'post_test',
      label: 'advocacy-and-policy-dialogue/post-test',
      moduleTitle: {
        en: 'Advocacy and policy dialogue with public authorities',
        tr: 'Savunuculuk ve kamu kurumlarıyla politika diyaloğu',
      },
      met: true,
      value: 75,
      required: 70,
    });
    const issued = await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId: enrolment.id })
      .expect(201);
    const status = async () =>
      (await t.db.query('SELECT status FROM enrolments WHERE id = $1', [enrolment.id]))[0].status;
    expect(await status()).toBe('completed');

    // Revoked, the certificate no longer makes the enrolment completed; a new one does again.
    await t
      .http()
      .post(`/api/certificates/${issued.body.id}/revoke`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Issued to the wrong session' })
      .expect(200);
    expect(await status()).toBe('enrolled');
    await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId: enrolment.id })
      .expect(201);
    expect(await status()).toBe('completed');
  });

  it('refuses to issue to someone not eligible unless overridden with a reason, which is audited', async () => {
    const s = await finishedSession({}, ['Fırat Aksu']);
    const enrolmentId = s.people[0].enrolment.id;
    const refused = await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId })
      .expect(422);
    expect(refused.body.message).toMatch(/Fırat Aksu has not completed the training \(attendance 0 of 80\)/);
    const issued = await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId, overrideReason: 'Attended the make-up session in Kilis' })
      .expect(201);
    const [entry] = await t.db.query(
      `SELECT after FROM audit_log WHERE action = 'certificate.issued' AND subject_id = $1`,
      [issued.body.id],
    );
    expect(entry.after).toMatchObject({
      overrideReason: 'Attended the make-up session in Kilis',
      holderName: 'Fırat Aksu',
    });
    await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId, overrideReason: 'Twice is not allowed here' })
      .expect(409);
  });

  it('issues a certificate whose PDF re-renders to the stored hash, with a sequential serial and a 128-bit code', async () => {
    const s = await finishedSession({ minAttendancePercent: 0 }, ['Gökhan Işık', 'Hülya Öz']);
    const first = (
      await t
        .http()
        .post('/api/certificates')
        .set('Cookie', coordinator.cookie)
        .send({ enrolmentId: s.people[0].enrolment.id })
        .expect(201)
    ).body;
    const second = (
      await t
        .http()
        .post('/api/certificates')
        .set('Cookie', coordinator.cookie)
        .send({ enrolmentId: s.people[1].enrolment.id })
        .expect(201)
    ).body;
    const year = new Date().getUTCFullYear();
    expect(first.serial).toMatch(new RegExp(`^ATL-${year}-\\d{6}$`));
    expect(Number(second.serial.slice(-6))).toBe(Number(first.serial.slice(-6)) + 1);
    expect(Buffer.from(first.verificationCode, 'base64url')).toHaveLength(16);
    const [mail] = await t.db.query(
      `SELECT subject, text_body FROM mail_outbox WHERE kind = 'certificate_issued' AND recipient = $1`,
      [s.people[0].person.email],
    );
    expect(mail.subject).toBe('Your certificate is ready: Advocacy with public authorities');
    expect(mail.text_body).toContain(first.serial);
    expect(mail.text_body).toContain(`/verify/${first.verificationCode}`);

    const download = await t
      .http()
      .get(`/api/certificates/${first.id}/pdf`)
      .set('Cookie', s.people[0].cookie)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="${first.serial}.pdf"`);
    const [{ sha256 }] = await t.db.query('SELECT sha256 FROM certificates WHERE id = $1', [first.id]);
    expect(createHash('sha256').update(download.body).digest('hex')).toBe(sha256);
    const again = await t
      .http()
      .get(`/api/certificates/${first.id}/pdf`)
      .set('Cookie', coordinator.cookie)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(again.body.equals(download.body)).toBe(true);

    // Another trainee cannot fetch it; the session's trainer can.
    await t.http().get(`/api/certificates/${first.id}/pdf`).set('Cookie', s.people[1].cookie).expect(404);
    await t.http().get(`/api/certificates/${first.id}/pdf`).set('Cookie', trainer.cookie).expect(200);
    const mine = await t.http().get('/api/my/certificates').set('Cookie', s.people[0].cookie).expect(200);
    expect(mine.body.map((c: { serial: string }) => c.serial)).toEqual([first.serial]);
  });

  it('lets anyone verify by code or by file; a revoked certificate says so; a re-issue replaces it', async () => {
    const s = await finishedSession({ minAttendancePercent: 0 }, ['Irmak Polat']);
    const cert = (
      await t
        .http()
        .post('/api/certificates')
        .set('Cookie', coordinator.cookie)
        .send({ enrolmentId: s.people[0].enrolment.id })
        .expect(201)
    ).body;
    const valid = await t.http().get(`/api/certificates/verify/${cert.verificationCode}`).expect(200);
    expect(valid.body).toEqual({
      status: 'valid',
      revokedAt: null,
      holderName: 'Irmak Polat',
      trainingTitle: { en: 'Advocacy with public authorities', tr: 'Kamu kurumlarıyla savunuculuk' },
      startsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      endsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      issuer: 'Atölye Capacity-Building Programme',
      serial: cert.serial,
    });
    const pdf = (
      await t
        .http()
        .get(`/api/certificates/${cert.id}/pdf`)
        .set('Cookie', coordinator.cookie)
        .buffer(true)
        .parse(binary)
    ).body as Buffer;
    await t
      .http()
      .post('/api/certificates/verify/file')
      .send({ contentBase64: pdf.toString('base64') })
      .expect(200);
    const altered = Buffer.from(pdf);
    altered[altered.length - 10] ^= 1;
    const refused = await t
      .http()
      .post('/api/certificates/verify/file')
      .send({ contentBase64: altered.toString('base64') })
      .expect(404);
    expect(refused.body.message).toMatch(/does not match any issued certificate/);
    await t.http().get('/api/certificates/verify/AAAAAAAAAAAAAAAAAAAAAA').expect(404);

    const renamed = await t
      .http()
      .post(`/api/certificates/${cert.id}/reissue`)
      .set('Cookie', coordinator.cookie)
      .send({ holderName: 'Irmak Polat Yıldırım', reason: 'Surname added after marriage' })
      .expect(201);
    expect(renamed.body).toMatchObject({
      holderName: 'Irmak Polat Yıldırım',
      replacesId: cert.id,
      status: 'valid',
    });
    const old = await t.http().get(`/api/certificates/verify/${cert.verificationCode}`).expect(200);
    expect(old.body).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    await t
      .http()
      .post(`/api/certificates/${renamed.body.id}/revoke`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Issued in error' })
      .expect(200);
    const actions = await t.db.query(`SELECT action FROM audit_log WHERE subject_id = ANY($1) ORDER BY at`, [
      [cert.id, renamed.body.id],
    ]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'certificate.issued',
      'certificate.revoked',
      'certificate.reissued',
      'certificate.revoked',
    ]);
  });

  it('issues a session in bulk as a job, and a re-run after a crash issues nobody twice', async () => {
    const s = await finishedSession({ minAttendancePercent: 0 }, [
      'Jale Kurt',
      'Kerem Uysal',
      'Leyla Çakır',
      'Mert Güler',
    ]);
    // Someone got theirs before the job: it must be skipped, not issued again.
    await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId: s.people[0].enrolment.id })
      .expect(201);
    const job = (
      await t
        .http()
        .post(`/api/sessions/${s.session.id}/certificate-jobs`)
        .set('Cookie', coordinator.cookie)
        .expect(201)
    ).body;
    expect(job).toMatchObject({ status: 'queued', total: 3 });
    let current = job;
    for (let i = 0; i < 50 && !['finished', 'failed'].includes(current.status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      current = (
        await t.http().get(`/api/certificate-jobs/${job.id}`).set('Cookie', coordinator.cookie).expect(200)
      ).body;
    }
    expect(current).toMatchObject({ status: 'finished', issued: 3 });
    // The worker crashed and the queue runs the job again.
    await t.app.get(CertificateJobsService).run({
      jobId: job.id,
      actor: { id: coordinator.person.id, fullName: 'Coordinator', roles: ['coordinator'] },
    });
    await t.db.query(`UPDATE certificate_jobs SET status = 'running' WHERE id = $1`, [job.id]);
    await t.app.get(CertificateJobsService).run({
      jobId: job.id,
      actor: { id: coordinator.person.id, fullName: 'Coordinator', roles: ['coordinator'] },
    });
    // Someone whose certificate was revoked is left to a coordinator's single decision.
    const revoked = (
      await t
        .http()
        .get(`/api/sessions/${s.session.id}/certificates`)
        .set('Cookie', coordinator.cookie)
        .expect(200)
    ).body[0];
    await t
      .http()
      .post(`/api/certificates/${revoked.id}/revoke`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Attended under another name' })
      .expect(200);
    const again = (
      await t
        .http()
        .post(`/api/sessions/${s.session.id}/certificate-jobs`)
        .set('Cookie', coordinator.cookie)
        .expect(201)
    ).body;
    expect(again.total).toBe(0);
    // Let that (empty) job finish before the database is touched again.
    for (
      let i = 0;
      i < 50 &&
      (await t.db.query('SELECT status FROM certificate_jobs WHERE id = $1', [again.id]))[0].status !==
        'finished';
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await t.db.query(`UPDATE certificates SET status = 'valid', revoked_at = NULL WHERE id = $1`, [
      revoked.id,
    ]);
    const [{ valid, total }] = await t.db.query(
      `SELECT count(*) FILTER (WHERE status = 'valid')::int AS valid, count(*)::int AS total FROM certificates WHERE session_id = $1`,
      [s.session.id],
    );
    expect({ valid, total }).toEqual({ valid: 4, total: 4 });
    // One mail per certificate, in bulk as for the single one; the re-runs mailed nobody twice.
    expect(await certificateMails(s.people.map((p) => p.person.email))).toBe(4);
    const zip = await t
      .http()
      .get(`/api/sessions/${s.session.id}/certificates.zip`)
      .set('Cookie', coordinator.cookie)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(zip.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('takes up an in-process job its stopped process left running, issuing the rest and nobody twice', async () => {
    const s = await finishedSession({ minAttendancePercent: 0 }, [
      'Rüya Kaplan',
      'Sinan Öztürk',
      'Tuba Ergin',
    ]);
    // The process stopped after the first certificate's chunk.
    await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId: s.people[0].enrolment.id })
      .expect(201);
    const leave = async (startedAgo: string) =>
      (
        await t.db.query(
          `INSERT INTO certificate_jobs (session_id, started_by, total, issued, status, created_at)
           VALUES ($1, $2, 3, 1, 'running', now() - $3::interval) RETURNING id`,
          [s.session.id, coordinator.person.id, startedAgo],
        )
      )[0].id as string;
    const read = async (id: string) =>
      (await t.http().get(`/api/certificate-jobs/${id}`).set('Cookie', coordinator.cookie).expect(200))
        .body as CertificateJob;
    const certificates = async () =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM certificates WHERE session_id = $1 AND status = 'valid'`,
          [s.session.id],
        )
      )[0].n as number;

    // Started half a minute ago: it may still be working somewhere, so it is left alone.
    const recent = await leave('30 seconds');
    expect(await read(recent)).toMatchObject({ status: 'running' });
    await new Promise((r) => setTimeout(r, 300));
    expect(await certificates()).toBe(1);

    const stopped = await leave('5 minutes');
    let current = await read(stopped);
    for (let i = 0; i < 50 && current.status !== 'finished'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      current = await read(stopped);
    }
    expect(current).toMatchObject({ status: 'finished', issued: 2 });
    expect(await certificates()).toBe(3);
    await t.db.query(`UPDATE certificate_jobs SET status = 'failed' WHERE id = $1`, [recent]);
  });

  it('reports a resumed job as having issued all it issued, counting the certificates of its first run', async () => {
    const s = await finishedSession({ minAttendancePercent: 0 }, ['Ece Aksoy', 'Ferhat Kılıç', 'Gizem Oral']);
    const [{ id: jobId }] = await t.db.query(
      `INSERT INTO certificate_jobs (session_id, started_by, total, status, created_at)
       VALUES ($1, $2, 3, 'running', now() - interval '5 minutes') RETURNING id`,
      [s.session.id, coordinator.person.id],
    );
    // Its first run committed one chunk (one certificate, and the count with it) and then stopped.
    const actor = { ...coordinator.person, sessionId: 'job', organisationName: null } as never;
    await t.db.transaction(async (manager) => {
      const { issued } = await t.app
        .get(CertificatesService)
        .issueEligibleWithin(manager, actor, [s.people[0].enrolment.id], jobId);
      await manager.query('UPDATE certificate_jobs SET issued = issued + $2 WHERE id = $1', [
        jobId,
        issued.length,
      ]);
    });
    let job = (
      await t.http().get(`/api/certificate-jobs/${jobId}`).set('Cookie', coordinator.cookie).expect(200)
    ).body as CertificateJob;
    for (let i = 0; i < 50 && job.status !== 'finished'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await t.http().get(`/api/certificate-jobs/${jobId}`).set('Cookie', coordinator.cookie)).body;
    }
    expect(job).toMatchObject({ status: 'finished', total: 3, issued: 3, skipped: 0 });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM certificates WHERE job_id = $1`, [
      jobId,
    ]);
    expect(n).toBe(3);
  });

  it('rolls a bulk issue that fails halfway back whole: no certificate, serial or count is left of it', async () => {
    const s = await finishedSession({ minAttendancePercent: 0 }, ['Nalan Ateş', 'Oğuz Çelik', 'Pınar Şen']);
    const before = (
      await t
        .http()
        .post('/api/certificates')
        .set('Cookie', coordinator.cookie)
        .send({ enrolmentId: s.people[0].enrolment.id })
        .expect(201)
    ).body;
    const [{ id: jobId }] = await t.db.query(
      `INSERT INTO certificate_jobs (session_id, started_by, total) VALUES ($1, $2, 2) RETURNING id`,
      [s.session.id, coordinator.person.id],
    );
    const data = {
      jobId,
      actor: { id: coordinator.person.id, fullName: 'Coordinator', roles: ['coordinator' as const] },
    };
    const audit = t.app.get(AuditService);
    const record = audit.record.bind(audit);
    let entries = 0;
    const crash = jest.spyOn(audit, 'record').mockImplementation(async (entry, manager) => {
      // The second certificate's audit entry fails, after the first one's was written.
      if (++entries === 2) throw new Error('connection lost');
      return record(entry, manager);
    });
    await expect(t.app.get(CertificateJobsService).run(data)).rejects.toThrow('connection lost');
    crash.mockRestore();
    const count = async () =>
      (
        await t.db.query(
          `SELECT count(*)::int AS certificates,
                  (SELECT count(*)::int FROM audit_log WHERE action = 'certificate.issued' AND subject_id IN
                     (SELECT id::text FROM certificates WHERE session_id = $1)) AS audited,
                  (SELECT issued FROM certificate_jobs WHERE id = $2) AS counted
             FROM certificates WHERE session_id = $1`,
          [s.session.id, jobId],
        )
      )[0];
    expect(await count()).toEqual({ certificates: 1, audited: 1, counted: 0 });
    const emails = s.people.map((p) => p.person.email);
    expect(await certificateMails(emails)).toBe(1);

    await t.app.get(CertificateJobsService).run(data);
    expect(await count()).toEqual({ certificates: 3, audited: 3, counted: 2 });
    expect(await certificateMails(emails)).toBe(3);
    // The failed attempt took no serial numbers: the retry's follow on from the one before it.
    const serials: { serial: string }[] = await t.db.query(
      'SELECT serial FROM certificates WHERE session_id = $1 AND id <> $2 ORDER BY serial',
      [s.session.id, before.id],
    );
    const last = Number(before.serial.slice(-6));
    expect(serials.map((c) => Number(c.serial.slice(-6)))).toEqual([last + 1, last + 2]);
  });
});

describe('verification rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ verifyRequestsPerMinute: 3 });
    await t.db.query('DELETE FROM rate_limits');
  });
  afterAll(() => t.close());

  it('answers 429 once an address has verified too often in a minute', async () => {
    for (let i = 0; i < 3; i++)
      await t.http().get('/api/certificates/verify/AAAAAAAAAAAAAAAAAAAAAA').expect(404);
    const limited = await t.http().get('/api/certificates/verify/AAAAAAAAAAAAAAAAAAAAAA').expect(429);
    expect(limited.headers['retry-after']).toBe('60');
  });
});
