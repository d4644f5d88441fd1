import { createPerson, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, publishRepositoryContent } from './support/training-factories';

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
    const enrolment = (
      await t
        .http()
        .post(`/api/sessions/${session.id}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: person.id })
        .expect(201)
    ).body;
    const mark = (meetingId: string, status: string) =>
      t
        .http()
        .put(`/api/meetings/${meetingId}/attendance`)
        .set('Cookie', trainer.cookie)
        .send({ marks: [{ enrolmentId: enrolment.id, status }] })
        .expect(200);

    await Promise.all(session.meetings.map((m) => mark(m.id, 'present')));
    expect(await facts(enrolment.id)).toMatchObject({ attended: 8, hours: 16 });

    await Promise.all(session.meetings.slice(0, 3).map((m) => mark(m.id, 'absent')));
    expect(await facts(enrolment.id)).toMatchObject({ attended: 5, hours: 10 });

    await mark(session.meetings[3].id, 'late'); // late counts as attended
    await mark(session.meetings[4].id, 'excused'); // excused does not
    expect(await facts(enrolment.id)).toMatchObject({ attended: 4, hours: 8 });
  });

  it('starts a row with the enrolment, follows its status, and drops it with the enrolment', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      title: 'Adana, spring',
      trainerIds: [trainer.person.id],
    });
    const person = await createPerson(t.db, { fullName: 'Yusuf Kılıç' });
    const enrolment = (
      await t
        .http()
        .post(`/api/sessions/${session.id}/enrolments`)
        .set('Cookie', coordinator.cookie)
        .send({ personId: person.id })
        .expect(201)
    ).body;
    expect(await facts(enrolment.id)).toEqual({ attended: 0, hours: 0, status: 'enrolled' });
    await t
      .http()
      .put(`/api/meetings/${session.meetings[0].id}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({ marks: [{ enrolmentId: enrolment.id, status: 'present' }] })
      .expect(200);
    expect(await facts(enrolment.id)).toEqual({ attended: 1, hours: 3, status: 'enrolled' });
    await t.db.query(`UPDATE enrolments SET status = 'completed' WHERE id = $1`, [enrolment.id]);
    expect(await facts(enrolment.id)).toEqual({ attended: 1, hours: 3, status: 'completed' });
    // Deleting the enrolment deletes its attendance, whose trigger must not bring the row back.
    await t.db.query(`DELETE FROM enrolments WHERE id = $1`, [enrolment.id]);
    expect(await facts(enrolment.id)).toBeUndefined();
  });
});
