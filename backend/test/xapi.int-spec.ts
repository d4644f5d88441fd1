import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Statement } from '@xapi/xapi';
import type { XapiForwardingStatus } from '@atolye/shared';
import { XapiForwarder } from '../src/xapi/xapi-forwarder.service';
import { statementId } from '../src/xapi/xapi-statement-mapper';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { publishQuizFixture } from './support/quiz-fixture';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, createTraining, enrolByHand } from './support/training-factories';
import { statementProblems } from './support/xapi-validation';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** A tiny LRS on 127.0.0.1: answers POST /xapi/statements with the statuses queued, 200 after. */
class LrsStub {
  readonly received: { headers: IncomingHttpHeaders; statements: Statement[] }[] = [];
  readonly answers: number[] = [];
  private server: Server | null = null;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const status = this.answers.shift() ?? 200;
        if (request.method !== 'POST' || request.url !== '/xapi/statements') {
          response.writeHead(404).end();
          return;
        }
        const statements = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Statement[];
        if (status === 200) this.received.push({ headers: request.headers, statements });
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(status === 200 ? JSON.stringify(statements.map((s) => s.id)) : '{"error":"busy"}');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/xapi`;
  }

  get ids(): string[] {
    return this.received.flatMap((r) => r.statements.map((s) => s.id as string));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Reads an NDJSON download as text (supertest leaves unknown types unread). */
const asText = (response: NodeJS.ReadableStream, done: (error: Error | null, body: string) => void) => {
  let body = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => (body += chunk));
  response.on('end', () => done(null, body));
};

/** NDJSON body → statements. */
const lines = (text: string): Statement[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Statement);

/**
 * Leyla Demir's learning in the "xAPI Gaziantep cohort", worked out by hand:
 * registered (1); the fixture's only lesson completed at 00:30 on 10 March 2026 in Istanbul, still
 * 9 March in UTC (1); the post-test (pass mark 70 %) attempted and failed, 1 of 3, then attempted
 * and passed, 3 of 4 (scaled 0.75), later that day (2 attempted, 1 failed, 1 passed); present at the first meeting and
 * absent from the second (1 attended); her certificate issued (1 earned, and the training
 * completed: 1 more completed). Nine statements: completed 2, the other six verbs 1 each, and
 * one more "attempted" — 2.
 */
describe('learning records as xAPI statements', () => {
  let t: TestApp;
  let coordinator: { cookie: string };
  let trainer: { cookie: string; person: { id: string } };
  let sessionId: string;
  let otherSessionId: string;
  let enrolmentId: string;
  let leylaId: string;
  let secondMeetingId: string;
  const publicUrl = () => t.config.publicUrl;

  beforeAll(async () => {
    t = await createTestApp();
    await publishQuizFixture(t, { slug: 'xapi-fixture' });
    coordinator = await signedIn(t, ['coordinator']);
    trainer = await signedIn(t, ['trainer']);
    const training = await createTraining(t, coordinator.cookie, {
      modules: ['xapi-fixture'],
      title: 'xAPI protection essentials',
    });
    const now = Date.now();
    const session = await createSession(t, coordinator.cookie, training.id, {
      title: 'xAPI Gaziantep cohort',
      trainerIds: [trainer.person.id],
      enrolmentOpensAt: new Date(now - 60 * DAY).toISOString(),
      enrolmentClosesAt: new Date(now + 30 * DAY).toISOString(),
      meetings: [-3, -2].map((day, i) => ({
        startsAt: new Date(now + day * DAY).toISOString(),
        endsAt: new Date(now + day * DAY + 3 * HOUR).toISOString(),
        topic: `Gün ${i + 1}`,
      })),
    });
    sessionId = session.id;
    secondMeetingId = session.meetings[1].id;
    otherSessionId = (await createSession(t, coordinator.cookie, training.id, { title: 'xAPI İzmir cohort' }))
      .id;

    const leyla = await createPerson(t.db, { fullName: 'Leyla Demir', gender: 'female' });
    leylaId = leyla.id;
    enrolmentId = await enrolByHand(t, coordinator.cookie, sessionId, leyla.id);
    await enrolByHand(t, coordinator.cookie, otherSessionId, (await createPerson(t.db)).id);

    await t.db.query(
      `INSERT INTO lesson_progress (enrolment_id, lesson_id, completed_at)
       SELECT $1, l.id, '2026-03-09T21:30:00Z' FROM lessons l JOIN module_versions m ON m.id = l.module_version_id
        WHERE m.slug = 'xapi-fixture'`,
      [enrolmentId],
    );
    const attempt = (number: number, score: number, max: number, started: string, submitted: string) =>
      t.db.query(
        `INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, answers, max_score, score, percent, passed, started_at, submitted_at, graded)
         SELECT q.id, $1, $6, '{"questionIds":[],"order":{}}', '{}', $3, $2, round($2 * 100.0 / $3), $2 * 100.0 / $3 >= q.pass_mark_percent, $4, $5, '{}'
           FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
          WHERE m.slug = 'xapi-fixture' AND q.kind = 'post_test'`,
        [enrolmentId, score, max, started, submitted, number],
      );
    // 10 March in Istanbul (UTC+3): 09:00–09:12 and 12:00–12:20 local time; the pass mark is 70 %.
    await attempt(1, 1, 3, '2026-03-10T06:00:00Z', '2026-03-10T06:12:00Z');
    await attempt(2, 3, 4, '2026-03-10T09:00:00Z', '2026-03-10T09:20:00Z');

    await t
      .http()
      .put(`/api/meetings/${session.meetings[0].id}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({ marks: [{ enrolmentId, status: 'present' }] })
      .expect(200);
    await t
      .http()
      .put(`/api/meetings/${secondMeetingId}/attendance`)
      .set('Cookie', trainer.cookie)
      .send({ marks: [{ enrolmentId, status: 'absent' }] })
      .expect(200);
    await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId, overrideReason: 'Completed the lessons on paper' })
      .expect(201);
  });
  afterAll(() => t.close());

  const exportOf = async (query: string) => {
    const response = await t
      .http()
      .get(`/api/xapi/statements${query}`)
      .set('Cookie', coordinator.cookie)
      .buffer(true)
      .parse(asText as never)
      .expect(200);
    const text = response.body as string;
    return { response, text, statements: lines(text) };
  };

  it("gives a session's statements computed by hand: nine, by verb, each valid xAPI 1.0.3", async () => {
    const { response, text, statements } = await exportOf(`?sessionId=${sessionId}`);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(response.headers['content-disposition']).toContain('learning-records.xapi.jsonl');
    const leylas = statements.filter((s) => s.context?.registration === enrolmentId);
    expect(leylas).toHaveLength(statements.length);
    const perVerb: Record<string, number> = {};
    for (const s of leylas)
      perVerb[s.verb.id.split('/').pop() as string] =
        (perVerb[s.verb.id.split('/').pop() as string] ?? 0) + 1;
    expect(perVerb).toEqual({
      registered: 1,
      completed: 2,
      attempted: 2,
      failed: 1,
      passed: 1,
      attended: 1,
      earned: 1,
    });
    for (const s of leylas) expect(statementProblems(s, publicUrl())).toEqual([]);
    for (const s of leylas)
      expect(s.actor).toEqual({ objectType: 'Agent', account: { homePage: publicUrl(), name: leylaId } });
    expect(text).not.toContain('@');
  });

  it('scores the passed post-test 3 of 4 and the failed attempt before it 1 of 3', async () => {
    const { statements } = await exportOf(`?sessionId=${sessionId}`);
    const passed = statements.find((s) => s.verb.id.endsWith('/passed'));
    expect(passed?.result).toEqual({
      score: { scaled: 0.75, raw: 3, min: 0, max: 4 },
      success: true,
      completion: true,
      duration: 'PT1200S',
    });
    expect(passed?.timestamp).toBe('2026-03-10T09:20:00.000Z');
    expect(passed?.object).toMatchObject({
      id: `${publicUrl()}/xapi/activities/modules/xapi-fixture/quizzes/post-test`,
    });
    const failed = statements.find((s) => s.verb.id.endsWith('/failed'));
    expect(failed?.result?.score).toEqual({ scaled: 0.3333, raw: 1, min: 0, max: 3 });
    expect(failed?.result?.success).toBe(false);
  });

  it('filters by period in Istanbul days and by session, in a stable order', async () => {
    const day = await exportOf(`?sessionId=${sessionId}&from=2026-03-10&to=2026-03-10`);
    expect(day.statements.map((s) => s.verb.id.split('/').pop())).toEqual([
      'completed',
      'attempted',
      'failed',
      'attempted',
      'passed',
    ]);
    expect(day.statements[0].object).toMatchObject({
      id: `${publicUrl()}/xapi/activities/modules/xapi-fixture/lessons/01-only-lesson`,
    });
    expect((await exportOf(`?sessionId=${sessionId}&from=2026-03-09&to=2026-03-09`)).statements).toEqual([]);
    expect((await exportOf(`?sessionId=${sessionId}&from=2026-03-11&to=2026-03-31`)).statements).toEqual([]);
    const other = await exportOf(`?sessionId=${otherSessionId}`);
    expect(other.statements.map((s) => s.verb.id)).toEqual(['http://adlnet.gov/expapi/verbs/registered']);
    const all = await exportOf('');
    expect(all.statements.length).toBeGreaterThanOrEqual(10);
    const times = all.statements.map((s) => s.timestamp as string);
    expect([...times].sort()).toEqual(times);
    expect((await exportOf('')).text).toBe(all.text);
  });

  it('answers bad filters with 400 naming the field, and keeps trainees and trainers out', async () => {
    const bad = async (query: string) =>
      (
        await t.http().get(`/api/xapi/statements${query}`).set('Cookie', coordinator.cookie).expect(400)
      ).body.details.map((d: { field: string }) => d.field);
    expect(await bad('?from=2026-02-30')).toEqual(['from']);
    expect(await bad('?to=yesterday')).toEqual(['to']);
    expect(await bad('?sessionId=42')).toEqual(['sessionId']);
    expect(await bad('?from=2026-03-10&to=2026-03-09')).toEqual(['to']);
    expect(await bad('?format=csv')).toEqual(['format']);
    const trainee = await sessionCookieFor(t.db, leylaId);
    await t.http().get('/api/xapi/statements').set('Cookie', trainee).expect(403);
    await t.http().get('/api/xapi/forwarding').set('Cookie', trainee).expect(403);
    await t.http().get('/api/xapi/statements').set('Cookie', trainer.cookie).expect(403);
    await t.http().get('/api/xapi/statements').expect(401);
  });

  it('shows forwarding as off when no LRS is set', async () => {
    const status: XapiForwardingStatus = (
      await t.http().get('/api/xapi/forwarding').set('Cookie', coordinator.cookie).expect(200)
    ).body;
    expect(status).toMatchObject({ enabled: false, lrsUrl: null });
    expect(await t.app.get(XapiForwarder).run()).toEqual({ ran: false, sent: 0 });
  });

  describe('forwarding to an LRS', () => {
    const lrs = new LrsStub();
    let forwarding: TestApp;
    let forwarder: XapiForwarder;
    beforeAll(async () => {
      const url = await lrs.start();
      forwarding = await createTestApp({
        xapiLrs: { url, username: 'atolye-lrs', password: 'lrs-pass-2026' },
      });
      forwarder = forwarding.app.get(XapiForwarder);
    });
    afterAll(async () => {
      await forwarding.close();
      await lrs.stop();
    });
    const status = async (): Promise<XapiForwardingStatus> =>
      (await forwarding.http().get('/api/xapi/forwarding').set('Cookie', coordinator.cookie).expect(200))
        .body;
    const leylaIds = (kinds: [string, string][]) =>
      kinds.map(([kind, key]) => statementId(kind as never, key));

    it('keeps a 503 as the last error and sends nothing as sent; the retry sends each statement once', async () => {
      lrs.answers.push(503);
      await expect(forwarder.run()).rejects.toThrow('The LRS answered 503');
      expect(lrs.received).toHaveLength(0);
      expect(await status()).toMatchObject({
        enabled: true,
        lastError: expect.stringContaining('503'),
        lastSentAt: null,
      });

      let sent = 0;
      for (let run = await forwarder.run(); run.sent > 0; run = await forwarder.run()) sent += run.sent;
      expect(sent).toBe(lrs.ids.length);
      expect(new Set(lrs.ids).size).toBe(lrs.ids.length);
      expect(lrs.ids).toEqual(
        expect.arrayContaining(
          leylaIds([
            ['registered', enrolmentId],
            ['training-completed', enrolmentId],
          ]),
        ),
      );
      const ours = lrs.received
        .flatMap((r) => r.statements)
        .filter((s) => s.context?.registration === enrolmentId);
      expect(ours).toHaveLength(9);
      for (const s of ours) expect(statementProblems(s, forwarding.config.publicUrl)).toEqual([]);
      for (const { headers } of lrs.received) {
        expect(headers['authorization']).toBe(
          `Basic ${Buffer.from('atolye-lrs:lrs-pass-2026').toString('base64')}`,
        );
        expect(headers['x-experience-api-version']).toBe('1.0.3');
        expect(headers['content-type']).toMatch(/^application\/json/);
      }
      expect(await status()).toMatchObject({ lastError: null, sentTotal: expect.any(Number) });
      expect((await status()).lastSentAt).not.toBeNull();
    });

    it('sends only what is new on the next run, never again what the LRS accepted', async () => {
      const before = lrs.ids.length;
      expect(await forwarder.run()).toEqual({ ran: true, sent: 0 });
      await t
        .http()
        .put(`/api/meetings/${secondMeetingId}/attendance`)
        .set('Cookie', trainer.cookie)
        .send({ marks: [{ enrolmentId, status: 'late' }] })
        .expect(200);
      expect(await forwarder.run()).toEqual({ ran: true, sent: 1 });
      const fresh = lrs.ids.slice(before);
      expect(fresh).toHaveLength(1);
      const statement = lrs.received.at(-1)?.statements[0];
      expect(statement?.verb.id).toBe('http://adlnet.gov/expapi/verbs/attended');
      expect(statement?.object).toMatchObject({
        id: `${forwarding.config.publicUrl}/xapi/activities/meetings/${secondMeetingId}`,
      });
      expect(new Set(lrs.ids).size).toBe(lrs.ids.length);
    });
  });
});
