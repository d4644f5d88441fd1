import { createPerson, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * The per-enrolment figures reports read are kept by triggers; these tests change the records
 * underneath them the ways the product does, including at the same moment.
 */
describe('participation facts', () => {
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

  const facts = async (enrolmentId: string) =>
    (
      await t.db.query(
        `SELECT attended_meetings::int AS attended, attended_hours::float8 AS hours, status FROM participation_facts WHERE enrolment_id = $1`,
        [enrolmentId],
      )
    )[0];

  it('counts every meeting when attendance for one person is saved for many meetings at once', async () => {
    const start = Date.now() - 20 * DAY;
    const session = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Eight mornings in Hatay',
      trainerIds: [trainer.person.id],
      enrolmentOpensAt: new Date(start - 10 * DAY).toISOString(),
      enrolmentClosesAt: new Date(start).toISOString(),
      meetings: Array.from({ length: 8 }, (_, d) => ({
        startsAt: new Date(start + d * DAY).toISOString(),
        endsAt: new Date(start + d * DAY + 2 * HOUR).toISOString(),
        topic: `Gün ${d + 1}`,
      })),
    });
    const person = await createPerson(t.db, { fullName: 'Hatice Öztürk' });
    const enrolment = await enrolByHand(t, coordinator.cookie, session.id, person.id);
    const mark = (meetingId: string, status: string) =>
      t
        .http()
        .put(`/api/meetings/${meetingId}/attendance`)
        .set('Cookie', trainer.cookie)
        .send({ marks: [{ enrolmentId: enrolment, status }] })
        .expect(200);

    await Promise.all(session.meetings.map((m) => mark(m.id, 'present')));
    expect(await facts(enrolment)).toMatchObject({ attended: 8, hours: 16 });

    await Promise.all(session.meetings.slice(0, 3).map((m) => mark(m.id, 'absent')));
    expect(await facts(enrolment)).toMatchObject({ attended: 5, hours: 10 });

    await mark(session.meetings[3].id, 'late'); // late counts as attended
    await mark(session.meetings[4].id, 'excused'); // excused does not
    expect(await facts(enrolment)).toMatchObject({ attended: 4, hours: 8 });
  });

  it('starts a row with the enrolment, follows its status, and drops it with the enrolment', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Adana, spring',
      trainerIds: [trainer.person.id],
    });
    const person = await createPerson(t.db, { fullName: 'Yusuf Kılıç' });
    const enrolment = await enrolByHand(t, coordinator.cookie, session.id, person.id);
    expect(await facts(enrolment)).toEqual({ attended: 0, hours: 0, status: 'enrolled' });
    // Attendance is marked once a meeting has begun: this one is moved a month back.
    await t.db.query(
      `UPDATE meetings SET starts_at = starts_at - interval '30 days', ends_at = ends_at - interval '30 days' WHERE id = $1`,
      [session.meetings[0].id],
    );
    await t
      .http()
      .put(`/api/meetings/${session.meetings[0].id}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({ marks: [{ enrolmentId: enrolment, status: 'present' }] })
      .expect(200);
    expect(await facts(enrolment)).toEqual({ attended: 1, hours: 3, status: 'enrolled' });
    await t.db.query(`UPDATE enrolments SET status = 'completed' WHERE id = $1`, [enrolment]);
    expect(await facts(enrolment)).toEqual({ attended: 1, hours: 3, status: 'completed' });
    // Deleting the enrolment deletes its attendance, whose trigger must not bring the row back.
    await t.db.query(`DELETE FROM enrolments WHERE id = $1`, [enrolment]);
    expect(await facts(enrolment)).toBeUndefined();
  });

  it('counts a person with seats in two sessions once, and per session once in each', async () => {
    const training = await createTraining(t, coordinator.cookie, { title: 'Two cohorts' });
    const izmir = await createSession(t, coordinator.cookie, training.id, { title: 'İzmir cohort' });
    const mersin = await createSession(t, coordinator.cookie, training.id, { title: 'Mersin cohort' });
    const twice = await createPerson(t.db, { fullName: 'Leyla Aydın', gender: 'female' });
    const once = await createPerson(t.db, { fullName: 'Ahmet Yıldız', gender: 'male' });
    const enrol = (sessionId: string, personId: string) =>
      enrolByHand(t, coordinator.cookie, sessionId, personId);
    const first = await enrol(izmir.id, twice.id);
    const second = await enrol(mersin.id, twice.id);
    await enrol(mersin.id, once.id);
    const seats = async (enrolmentId: string) =>
      (
        await t.db.query(`SELECT person_seats FROM participation_facts WHERE enrolment_id = $1`, [
          enrolmentId,
        ])
      )[0].person_seats;
    expect([await seats(first), await seats(second)]).toEqual([2, 2]);

    const get = async (path: string, query: object = {}) =>
      (
        await t
          .http()
          .get(path)
          .query({ trainingId: training.id, ...query })
          .set('Cookie', coordinator.cookie)
          .expect(200)
      ).body;
    const dashboard = await get('/api/reports/dashboard');
    expect(dashboard.measures).toMatchObject({ people_enrolled: 2, share_women: 50 });
    expect(dashboard.gender.find((g: { key: string }) => g.key === 'female').people).toBe(1);
    const sessions = await get('/api/reports/sessions', { measure: 'people_enrolled' });
    expect(sessions.map((s: { title: string; value: number }) => [s.title, s.value]).sort()).toEqual([
      ['Mersin cohort', 2],
      ['İzmir cohort', 1],
    ]);
    const byGender = await get('/api/reports/breakdown', { measure: 'people_enrolled', by: 'gender' });
    expect(byGender.filter((g: { people: number }) => g.people > 0)).toEqual([
      { key: 'female', value: 1, people: 1 },
      { key: 'male', value: 1, people: 1 },
    ]);

    await t.db.query(`UPDATE enrolments SET status = 'withdrawn' WHERE id = $1`, [first]);
    expect(await seats(second)).toBe(1);
    expect((await get('/api/reports/dashboard')).measures).toMatchObject({ people_enrolled: 2 });
  });

  it('takes a quiz attempt into account when it is submitted, not while it is being answered', async () => {
    const training = await createTraining(t, coordinator.cookie, {
      title: 'Gain',
      modules: ['international-protection-legal-framework'],
    });
    const session = await createSession(t, coordinator.cookie, training.id, { title: 'Kilis cohort' });
    const person = await createPerson(t.db, { fullName: 'Elif Kaya' });
    const enrolment = await enrolByHand(t, coordinator.cookie, session.id, person.id);
    const [pre, post] = await Promise.all(
      ['pre_test', 'post_test'].map(
        async (kind) =>
          (
            await t.db.query(
              `SELECT q.id FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
                WHERE m.slug = 'international-protection-legal-framework' AND q.kind = $1`,
              [kind],
            )
          )[0].id as string,
      ),
    );
    const attempt = async (quizId: string, submitted: boolean, percent: number | null) =>
      (
        await t.db.query(
          `INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, answers, max_score, score, percent, passed, submitted_at, graded)
           VALUES ($1, $2, 1, '{"questionIds":[],"order":{}}', '{}', 10, NULL, $3, NULL, CASE WHEN $4 THEN now() END, NULL)
           RETURNING id`,
          [quizId, enrolment, percent, submitted],
        )
      )[0].id as string;
    const gain = async () =>
      (
        await t.db.query(`SELECT knowledge_gain FROM participation_facts WHERE enrolment_id = $1`, [
          enrolment,
        ])
      )[0].knowledge_gain;
    await attempt(pre, true, 40);
    const open = await attempt(post, false, null);
    await t.db.query(`UPDATE quiz_attempts SET answers = '{"q1":{"choice":0}}' WHERE id = $1`, [open]);
    expect(await gain()).toBeNull();
    await t.db.query(`UPDATE quiz_attempts SET submitted_at = now(), percent = 90 WHERE id = $1`, [open]);
    expect(await gain()).toBe(50);
  });
});
