import type { Dashboard } from '@atolye/shared';
import { createOrganisation, createPerson, sessionCookieFor, signedIn } from './support/factories';
import { publishQuizFixture } from './support/quiz-fixture';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining } from './support/training-factories';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * A small programme whose right answers are worked out by hand (see each expectation): people
 * of every gender including undeclared, a withdrawn enrolment, a walk-in, a session without any
 * post-test taken.
 */
describe('programme reports', () => {
  let t: TestApp;
  let coordinator: { person: { id: string }; cookie: string };
  let trainer: { person: { id: string }; cookie: string };
  let trainingId: string;
  let gaziantep: string;
  let later: {
    deniz: string;
    mehmet: string;
    ayse: string;
    firstMeeting: string;
    izmirMeeting: string;
    postTestId: string;
  };

  beforeAll(async () => {
    t = await createTestApp({ reportMinCell: 5 });
    await publishQuizFixture(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainer = await signedIn(t, ['trainer']);
    trainingId = (await createTraining(t, coordinator.cookie, { modules: ['assessment-fixture'] })).id;
    const stamp = Date.now();
    const o1 = await createOrganisation(t.db, {
      name: `Gaziantep Kadın Derneği ${stamp}`,
      type: 'cso',
      province: `Gaziantep-${stamp}`,
    });
    const o2 = await createOrganisation(t.db, {
      name: `Konak Belediyesi ${stamp}`,
      type: 'municipality',
      province: `İzmir-${stamp}`,
    });
    const o3 = await createOrganisation(t.db, {
      name: `Thessaloniki Network ${stamp}`,
      type: 'cso',
      country: 'GR',
      province: `Central Macedonia-${stamp}`,
    });
    gaziantep = o1.province;
    const start = Date.now() - 30 * DAY;
    const meetings = (n: number, hours: number) =>
      Array.from({ length: n }, (_, d) => ({
        startsAt: new Date(start + d * DAY).toISOString(),
        endsAt: new Date(start + d * DAY + hours * HOUR).toISOString(),
        topic: `Gün ${d + 1}`,
      }));
    const window = {
      enrolmentOpensAt: new Date(start - 10 * DAY).toISOString(),
      enrolmentClosesAt: new Date(start).toISOString(),
      trainerIds: [trainer.person.id],
    };
    const s1 = await createSession(t, coordinator.cookie, trainingId, {
      ...window,
      title: 'Gaziantep cohort',
      meetings: meetings(4, 3),
    });
    const s2 = await createSession(t, coordinator.cookie, trainingId, {
      ...window,
      title: 'İzmir cohort',
      meetings: meetings(2, 2),
    });

    const enrol = async (
      sessionId: string,
      fullName: string,
      gender: 'female' | 'male' | 'undeclared',
      organisationId: string,
    ) => {
      const person = await createPerson(t.db, { fullName, gender, organisationId });
      const enrolment = (
        await t
          .http()
          .post(`/api/sessions/${sessionId}/enrolments`)
          .set('Cookie', coordinator.cookie)
          .send({ personId: person.id })
          .expect(201)
      ).body;
      return { person, id: enrolment.id as string, cookie: await sessionCookieFor(t.db, person.id) };
    };
    const ayse = await enrol(s1.id, 'Ayşe Demir', 'female', o1.id);
    const fatma = await enrol(s1.id, 'Fatma Yurt', 'female', o1.id);
    const mehmet = await enrol(s1.id, 'Mehmet Ak', 'male', o2.id);
    const deniz = await enrol(s1.id, 'Deniz Sarı', 'undeclared', o3.id);
    const kemal = await enrol(s1.id, 'Kemal Withdrawn', 'male', o1.id);
    const zeynep = await enrol(s2.id, 'Zeynep Kara', 'female', o2.id);
    await t.db.query(`UPDATE enrolments SET status = 'withdrawn' WHERE id = $1`, [kemal.id]);

    const mark = async (meetingId: string, marks: { enrolmentId: string; status: string }[]) =>
      t
        .http()
        .put(`/api/meetings/${meetingId}/attendance`)
        .set('Cookie', trainer.cookie)
        .send({ marks })
        .expect(200);
    for (const [i, meeting] of s1.meetings.entries()) {
      await mark(meeting.id, [
        { enrolmentId: ayse.id, status: 'present' },
        { enrolmentId: fatma.id, status: i === 0 ? 'present' : i === 1 ? 'late' : 'absent' },
        { enrolmentId: mehmet.id, status: i < 3 ? 'present' : 'excused' },
        { enrolmentId: deniz.id, status: 'absent' },
      ]);
    }
    for (const meeting of s2.meetings)
      await mark(meeting.id, [{ enrolmentId: zeynep.id, status: 'present' }]);
    await t
      .http()
      .post(`/api/sessions/${s1.id}/walk-ins`)
      .set('Cookie', trainer.cookie)
      .send({ meetingId: s1.meetings[0].id, fullName: 'Walk-in Guest' })
      .expect(201);

    for (const person of [ayse, mehmet]) {
      await t
        .http()
        .post('/api/certificates')
        .set('Cookie', coordinator.cookie)
        .send({ enrolmentId: person.id, overrideReason: 'Completed the lessons on paper' })
        .expect(201);
    }
    await t.db.query(`UPDATE enrolments SET status = 'completed' WHERE id = $1`, [zeynep.id]);

    const quizzes: { id: string; kind: string }[] = await t.db.query(
      `SELECT q.id, q.kind FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id WHERE m.slug = 'assessment-fixture'`,
    );
    const attempt = (enrolmentId: string, kind: string, percent: number) =>
      t.db.query(
        `INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, answers, max_score, score, percent, passed, submitted_at, graded)
         VALUES ($1, $2, 1, '{"questionIds":[],"order":{}}', '{}', 8, $3 * 8 / 100, $3, true, now(), '{}')`,
        [quizzes.find((q) => q.kind === kind)?.id, enrolmentId, percent],
      );
    await attempt(ayse.id, 'pre_test', 25);
    await attempt(ayse.id, 'post_test', 100);
    await attempt(mehmet.id, 'pre_test', 50);
    await attempt(mehmet.id, 'post_test', 75);
    await attempt(zeynep.id, 'pre_test', 40); // no post-test: no gain for her or her session

    const evaluate = (p: { id: string; cookie: string }, ratings: number[]) =>
      t
        .http()
        .post(`/api/my/enrolments/${p.id}/evaluation`)
        .set('Cookie', p.cookie)
        .send({
          ratings: {
            relevance: ratings[0],
            trainer: ratings[1],
            materials: ratings[2],
            organisation: ratings[3],
          },
          anonymous: false,
        })
        .expect(201);
    await evaluate(ayse, [5, 5, 4, 4]);
    await evaluate(mehmet, [3, 4, 3, 2]);
    later = {
      deniz: deniz.id,
      mehmet: mehmet.id,
      ayse: ayse.id,
      firstMeeting: s1.meetings[0].id,
      izmirMeeting: s2.meetings[0].id,
      postTestId: quizzes.find((q) => q.kind === 'post_test')?.id as string,
    };
  });
  afterAll(() => t.close());

  const dashboard = async (query: object = {}): Promise<Dashboard> =>
    (
      await t
        .http()
        .get('/api/reports/dashboard')
        .query({ trainingId, ...query })
        .set('Cookie', coordinator.cookie)
        .expect(200)
    ).body;

  it('computes every measure', async () => {
    const { measures } = await dashboard();
    expect(measures).toEqual({
      people_enrolled: 5, // Ayşe, Fatma, Mehmet, Deniz, Zeynep (Kemal withdrew)
      people_completed: 3, // Ayşe and Mehmet (certified), Zeynep
      people_certified: 2,
      share_women: 60, // 3 of 5
      organisations_reached: 2, // the association (Ayşe) and the municipality (Mehmet, Zeynep)
      provinces_reached: 3,
      countries_reached: 2,
      average_attendance_rate: 65, // (100 + 50 + 75 + 0 + 100) / 5 — excused is not attended
      completion_rate: 60,
      average_knowledge_gain: 50, // (75 + 25) / 2
      average_evaluation_rating: 3.75, // (4.5 + 3) / 2
      training_hours: 34, // 12 + 6 + 9 + 0 + 4, and the walk-in's 3
      organisations_capacity_improved: null, // self-assessments: no value under a training filter
    });
  });

  it('breaks figures down by gender, organisation type and province, filters by province, and drills down to sessions', async () => {
    const { gender, organisationTypes } = await dashboard();
    expect(gender).toEqual([
      { key: 'female', value: 3, people: 3 },
      { key: 'male', value: 1, people: 1 },
      { key: 'other', value: 0, people: 0 },
      { key: 'undeclared', value: 1, people: 1 },
    ]);
    expect(organisationTypes).toEqual([
      { key: 'cso', value: 3, people: 3 },
      { key: 'municipality', value: 2, people: 2 },
    ]);
    const completedByGender = await t
      .http()
      .get('/api/reports/breakdown')
      .query({ trainingId, measure: 'people_completed', by: 'gender' })
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(completedByGender.body.map((r: { key: string; value: number }) => [r.key, r.value])).toEqual([
      ['female', 2],
      ['male', 1],
      ['other', 0],
      ['undeclared', 0],
    ]);
    expect((await dashboard({ province: gaziantep })).measures.people_enrolled).toBe(2);
    const sessions = await t
      .http()
      .get('/api/reports/sessions')
      .query({ trainingId, measure: 'people_enrolled' })
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(sessions.body.map((s: { title: string; value: number }) => [s.title, s.value]).sort()).toEqual([
      ['Gaziantep cohort', 4],
      ['İzmir cohort', 1],
    ]);
    for (const measure of [
      'people_completed',
      'completion_rate',
      'organisations_reached',
      'average_attendance_rate',
      'share_women',
      'training_hours',
    ]) {
      await t
        .http()
        .get('/api/reports/sessions')
        .query({ trainingId, measure })
        .set('Cookie', coordinator.cookie)
        .expect(200);
    }
    const completion = await t
      .http()
      .get('/api/reports/sessions')
      .query({ trainingId, measure: 'completion_rate' })
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(completion.body.map((s: { title: string; value: number }) => [s.title, s.value]).sort()).toEqual([
      ['Gaziantep cohort', 50],
      ['İzmir cohort', 100],
    ]);
    const { knowledgeGainBySession } = await dashboard();
    expect(knowledgeGainBySession.map((g) => [g.title, g.averageGain, g.trainees])).toEqual([
      ['Gaziantep cohort', 50, 2],
    ]);
  });

  it('shows indicators against their targets with a state', async () => {
    const year = new Date().getUTCFullYear();
    const create = (body: object) =>
      t.http().post('/api/indicators').set('Cookie', coordinator.cookie).send(body);
    const women = await create({
      code: `W${Date.now() % 100000}`,
      title: { en: 'Share of women trained', tr: 'Eğitilen kadın oranı' },
      measure: 'share_women',
      target: 50,
      periodStart: `${year - 1}-01-01`,
      periodEnd: `${year + 1}-12-31`,
    }).expect(201);
    expect(women.body).toMatchObject({ measure: 'share_women', target: 50, state: expect.any(String) });
    const bad = await create({
      code: 'X1',
      title: { en: 'Broken' },
      measure: 'people_enrolled',
      target: 10,
      periodStart: `${year}-12-31`,
      periodEnd: `${year}-01-01`,
    }).expect(400);
    expect(bad.body.details).toEqual([{ field: 'periodEnd', reason: 'must not be before periodStart' }]);
    await create({
      code: women.body.code,
      title: { en: 'Duplicate' },
      measure: 'people_enrolled',
      target: 10,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    }).expect(409);
    const filtered = await dashboard();
    const shown = filtered.indicators.find((i) => i.code === women.body.code);
    expect(shown).toMatchObject({ value: 60, state: 'on_track', progressPercent: 120 });
    await t.http().delete(`/api/indicators/${women.body.id}`).set('Cookie', coordinator.cookie).expect(204);
  });

  it('exports aggregates without names, writing cells under five people as "< 5"', async () => {
    const csv = await t
      .http()
      .get('/api/reports/export')
      .query({ trainingId, format: 'csv' })
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(csv.text).toContain('By gender / Cinsiyete göre');
    expect(csv.text).toMatch(/"female","< 5"/);
    expect(csv.text).not.toMatch(/Ayşe|Mehmet|Zeynep/);
    const xlsx = await t
      .http()
      .get('/api/reports/export')
      .query({ trainingId, format: 'xlsx' })
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="programme-report.xlsx"');
    const pdf = await t
      .http()
      .get('/api/reports/report.pdf')
      .query({ trainingId })
      .set('Cookie', coordinator.cookie)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('lets only coordinators and admins read programme figures; a trainer reads their own session only', async () => {
    const trainee = await signedIn(t, ['trainee']);
    await t.http().get('/api/reports/dashboard').set('Cookie', trainee.cookie).expect(403);
    await t.http().get('/api/reports/dashboard').set('Cookie', trainer.cookie).expect(403);
    const own = (
      await t.db.query(`SELECT id FROM sessions WHERE training_id = $1 ORDER BY title LIMIT 1`, [trainingId])
    )[0].id;
    await t
      .http()
      .get('/api/reports/dashboard')
      .query({ sessionId: own })
      .set('Cookie', trainer.cookie)
      .expect(200);
    const stranger = await signedIn(t, ['trainer']);
    await t
      .http()
      .get('/api/reports/dashboard')
      .query({ sessionId: own })
      .set('Cookie', stranger.cookie)
      .expect(403);
    await t
      .http()
      .get('/api/reports/export')
      .query({ format: 'csv' })
      .set('Cookie', trainer.cookie)
      .expect(403);
  });

  it('gives each indicator the value of its own period, as saving it does', async () => {
    const year = new Date().getUTCFullYear();
    const create = async (measure: string, periodStart: string, periodEnd: string) =>
      (
        await t
          .http()
          .post('/api/indicators')
          .set('Cookie', coordinator.cookie)
          .send({
            code: `P${measure.slice(0, 6)}${periodStart.slice(0, 4)}${Date.now() % 10000}`,
            title: { en: measure },
            measure,
            target: 10,
            periodStart,
            periodEnd,
          })
          .expect(201)
      ).body;
    const past = await create('people_enrolled', '2001-01-01', '2001-12-31');
    const pastHours = await create('training_hours', '2001-01-01', '2001-12-31');
    const current = await create('training_hours', `${year - 1}-01-01`, `${year + 1}-12-31`);
    const women = await create('share_women', `${year - 1}-01-01`, `${year + 1}-12-31`);
    // Saving answers with the whole programme's figures (no training filter), so compare unfiltered.
    const { indicators } = (
      await t.http().get('/api/reports/dashboard').set('Cookie', coordinator.cookie).expect(200)
    ).body as Dashboard;
    const shown = (id: string) => indicators.find((i) => i.id === id);
    expect(shown(past.id)).toMatchObject({ value: 0, state: 'off_track' }); // no session began in 2001
    expect(shown(pastHours.id)).toMatchObject({ value: 0 });
    for (const saved of [past, pastHours, current, women]) expect(shown(saved.id)?.value).toBe(saved.value);
    for (const saved of [past, pastHours, current, women])
      await t.http().delete(`/api/indicators/${saved.id}`).set('Cookie', coordinator.cookie).expect(204);
  });

  it('keeps every figure current when attendance, meetings, attempts, evaluations, certificates and people change later', async () => {
    await t
      .http()
      .put(`/api/meetings/${later.firstMeeting}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({ marks: [{ enrolmentId: later.deniz, status: 'present', note: 'Arrived after the break' }] })
      .expect(200);
    await t.db.query(`UPDATE meetings SET ends_at = ends_at + interval '1 hour' WHERE id = $1`, [
      later.izmirMeeting,
    ]);
    await t.db.query(
      `INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, answers, max_score, score, percent, passed, submitted_at, graded)
       VALUES ($1, $2, 2, '{"questionIds":[],"order":{}}', '{}', 8, 8, 100, true, now(), '{}')`,
      [later.postTestId, later.mehmet],
    );
    await t.db.query(`DELETE FROM evaluations WHERE enrolment_id = $1`, [later.ayse]);
    await t.db.query(
      `UPDATE people SET gender = 'female' WHERE id = (SELECT person_id FROM enrolments WHERE id = $1)`,
      [later.deniz],
    );
    const [certificate] = await t.db.query(
      `SELECT id FROM certificates WHERE enrolment_id = $1 AND status = 'valid'`,
      [later.mehmet],
    );
    await t
      .http()
      .post(`/api/certificates/${certificate.id}/revoke`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Issued to the wrong session' })
      .expect(200);

    const { measures } = await dashboard();
    expect(measures).toMatchObject({
      people_certified: 1, // Mehmet's certificate revoked
      share_women: 80, // Deniz now declares female: 4 of 5
      average_attendance_rate: 70, // Deniz now present at one of four: (100 + 50 + 75 + 25 + 100) / 5
      average_knowledge_gain: 62.5, // Mehmet's best post-test is now 100: (75 + 50) / 2
      average_evaluation_rating: 3, // Ayşe's evaluation removed
      training_hours: 38, // Deniz's 3 hours, and the İzmir meeting Zeynep attended an hour longer
    });
  });
});
