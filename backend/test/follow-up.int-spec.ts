import type { FollowUpFigures, HomeOverview, MyFollowUp } from '@atolye/shared';
import { NoticeRun } from '../src/notifications/notices/notice-run.service';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';

const DAY = 24 * 3600_000;

describe('follow-up surveys 3 and 6 months after a session', () => {
  let t: TestApp;
  let other: TestApp;
  let coordinator: { cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    other = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainingId = (await createTraining(t, coordinator.cookie)).id;
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  /** A session whose only meeting ended `monthsAgo` months and `days` more days ago. */
  async function endedSession(title: string, monthsAgo: number, days: number) {
    const session = await createSession(t, coordinator.cookie, trainingId, {
      title,
      meetings: [
        {
          startsAt: new Date(Date.now() - 2 * DAY).toISOString(),
          endsAt: new Date(Date.now() - 2 * DAY + 3 * 3600_000).toISOString(),
          topic: 'Day one',
        },
      ],
    });
    await t.db.query(
      `UPDATE meetings SET starts_at = now() - make_interval(months => $2, days => $3, hours => 3),
                           ends_at = now() - make_interval(months => $2, days => $3)
        WHERE session_id = $1`,
      [session.id, monthsAgo, days],
    );
    return session;
  }
  async function enrol(sessionId: string, status: 'completed' | 'enrolled' | 'withdrawn', attended = false) {
    const person = await createPerson(t.db);
    const enrolmentId = await enrolByHand(t, coordinator.cookie, sessionId, person.id);
    await t.db.query(`UPDATE enrolments SET status = $2 WHERE id = $1`, [enrolmentId, status]);
    if (attended)
      await t.db.query(
        `INSERT INTO attendance_records (meeting_id, enrolment_id, status, method)
         SELECT id, $1, 'present', 'trainer' FROM meetings WHERE session_id = $2`,
        [enrolmentId, sessionId],
      );
    return { person, enrolmentId, cookie: await sessionCookieFor(t.db, person.id) };
  }
  const home = async (cookie: string): Promise<HomeOverview> =>
    (await t.http().get('/api/home').set('Cookie', cookie).expect(200)).body;

  let completed: Awaited<ReturnType<typeof enrol>>;
  let attended: Awaited<ReturnType<typeof enrol>>;
  let absent: Awaited<ReturnType<typeof enrol>>;

  it('sends the 3-month survey once per enrolment and wave to who completed or attended, two instances racing', async () => {
    const session = await endedSession('Mersin cohort', 3, 2);
    completed = await enrol(session.id, 'completed');
    attended = await enrol(session.id, 'enrolled', true);
    absent = await enrol(session.id, 'enrolled');
    const withdrawn = await enrol(session.id, 'withdrawn', true);

    const [first, second] = await Promise.all([t.app.get(NoticeRun).run(), other.app.get(NoticeRun).run()]);
    expect(first.followUpsDue + second.followUpsDue).toBe(2);
    expect((await t.app.get(NoticeRun).run()).followUpsDue).toBe(0);

    const emails = [completed, attended, absent, withdrawn].map((e) => e.person.email);
    const mails: { recipient: string; subject: string; text_body: string }[] = await t.db.query(
      `SELECT recipient, subject, text_body FROM mail_outbox WHERE kind = 'follow_up_due' AND recipient = ANY($1) ORDER BY recipient`,
      [emails],
    );
    expect(mails.map((m) => m.recipient).sort()).toEqual(
      [completed.person.email, attended.person.email].sort(),
    );
    const mine = mails.find((m) => m.recipient === completed.person.email);
    expect(mine?.text_body).toContain(`/learn/follow-up/${completed.enrolmentId}`);
    const bell = (await t.http().get('/api/my/notifications').set('Cookie', completed.cookie).expect(200))
      .body;
    expect(bell.items).toContainEqual(
      expect.objectContaining({ kind: 'follow_up_due', link: `/learn/follow-up/${completed.enrolmentId}` }),
    );
    expect(bell.items.find((n: { kind: string }) => n.kind === 'follow_up_due').params.wave).toBe(3);

    expect((await home(completed.cookie)).trainee?.followUpsDue).toEqual([
      expect.objectContaining({ enrolmentId: completed.enrolmentId, sessionTitle: 'Mersin cohort', wave: 3 }),
    ]);
    expect((await home(absent.cookie)).trainee?.followUpsDue).toEqual([]);
  });

  it('takes the answers once per wave; bad input is a 400 naming the field', async () => {
    const url = `/api/my/enrolments/${completed.enrolmentId}/follow-up`;
    const state: MyFollowUp = (await t.http().get(url).set('Cookie', completed.cookie).expect(200)).body;
    expect(state).toMatchObject({
      wave: 3,
      answered: false,
      survey: { slug: 'follow-up', version: '1.0.0' },
    });
    expect(state.survey.questions.map((q) => q.id)).toEqual(['used', 'how', 'changes', 'changes_text']);

    const bad = async (answers: object, field: string) => {
      const response = await t.http().post(url).set('Cookie', completed.cookie).send({ answers }).expect(400);
      expect(response.body.details).toContainEqual(expect.objectContaining({ field }));
    };
    await bad({}, 'answers.used');
    await bad({ used: 'maybe' }, 'answers.used');
    await bad({ used: 'yes', changes: ['procedures', 'moon'] }, 'answers.changes');
    await bad({ used: 'yes', how: 42 }, 'answers.how');
    await bad({ used: 'yes', colour: 'blue' }, 'answers.colour');
    await t.http().post(url).set('Cookie', completed.cookie).send({ answers: 'yes' }).expect(400);

    const answers = {
      used: 'yes',
      how: 'We rewrote our referral form.',
      changes: ['procedures', 'partnerships'],
      changes_text: 'Two new referral partners in Tarsus.',
    };
    const [a, b] = await Promise.all([
      t.http().post(url).set('Cookie', completed.cookie).send({ answers }),
      t.http().post(url).set('Cookie', completed.cookie).send({ answers }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect((await t.http().get(url).set('Cookie', completed.cookie).expect(200)).body.answered).toBe(true);
    expect((await home(completed.cookie)).trainee?.followUpsDue).toEqual([]);
    const stored = await t.db.query(
      `SELECT wave, used, answers FROM follow_up_answers WHERE enrolment_id = $1`,
      [completed.enrolmentId],
    );
    expect(stored).toEqual([{ wave: 3, used: 'yes', answers }]);

    // Someone who did not attend has no open wave; another person's enrolment is not found.
    await t
      .http()
      .post(`/api/my/enrolments/${absent.enrolmentId}/follow-up`)
      .set('Cookie', absent.cookie)
      .send({ answers: { used: 'no' } })
      .expect(403);
    await t.http().get(url).set('Cookie', attended.cookie).expect(404);
    await t
      .http()
      .post(`/api/my/enrolments/${attended.enrolmentId}/follow-up`)
      .set('Cookie', attended.cookie)
      .send({ answers: { used: 'no' } })
      .expect(201);
  });

  it('adds the answers up into the outcome figures, as defined', async () => {
    // 6 months and 5 days ago: the 3-month wave closed (still counted), the 6-month wave is open.
    const session = await endedSession('Adana cohort', 6, 5);
    const [e, f] = [await enrol(session.id, 'completed'), await enrol(session.id, 'completed')];
    await enrol(session.id, 'completed');
    const survey = (await t.db.query(`SELECT id FROM surveys WHERE slug = 'follow-up'`))[0].id;
    for (const [enrolmentId, wave, used] of [
      [e.enrolmentId, 3, 'partly'],
      [e.enrolmentId, 6, 'yes'],
      [f.enrolmentId, 6, 'no'],
    ])
      await t.db.query(
        `INSERT INTO follow_up_answers (enrolment_id, wave, survey_id, answers, used) VALUES ($1, $2, $3, jsonb_build_object('used', $4::text), $4)`,
        [enrolmentId, wave, survey, used],
      );
    const cookie = (await signedIn(t, ['coordinator'])).cookie;
    const figures: FollowUpFigures = (
      await t.http().get('/api/reports/follow-up').set('Cookie', cookie).expect(200)
    ).body;
    // Wave 3: asked Mersin's completed and attended, Adana's three = 5; answered by 3 (yes, no,
    // partly); used: yes + partly = 2 → 2/3 = 66.7 %, 3/5 = 60 %.
    // Wave 6: asked Adana's three; answered by 2 (yes, no); used 1 → 50 %, 2/3 = 66.7 %.
    expect(figures.waves).toEqual([
      { wave: 3, invited: 5, respondents: 3, used: 2, usedShare: 66.7, responseRate: 60 },
      { wave: 6, invited: 3, respondents: 2, used: 1, usedShare: 50, responseRate: 66.7 },
    ]);
    expect(figures.definitions.map((d) => d.key)).toEqual([
      'follow_up_used_3m',
      'follow_up_used_6m',
      'follow_up_response_rate',
    ]);
    await t
      .http()
      .get('/api/reports/follow-up')
      .set('Cookie', (await signedIn(t, ['trainee'])).cookie)
      .expect(403);
  });
});
