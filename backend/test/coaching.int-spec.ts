import ICAL from 'ical.js';
import type { CoachingTrackDetail, SaveCoachingTrackRequest } from '@atolye/shared';
import { createOrganisation, createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

type Someone = { id: string; cookie: string };

describe('coaching and mentoring', () => {
  let t: TestApp;
  let coordinator: string;
  let mentor: Someone;
  let ayse: Someone;
  let mehmet: Someone;
  let sam: Someone;
  let outsider: Someone;
  let gaziantepId: string;
  let hatayId: string;
  let track: CoachingTrackDetail;

  const person = async (fields: Parameters<typeof createPerson>[1]): Promise<Someone> => {
    const created = await createPerson(t.db, fields);
    return { id: created.id, cookie: await sessionCookieFor(t.db, created.id) };
  };

  const trackRequest = (overrides: Partial<SaveCoachingTrackRequest> = {}): SaveCoachingTrackRequest => ({
    title: 'Legal aid proposal coaching',
    projectTitle: 'Legal aid for refugees in Gaziantep: EU call 2027',
    mentorId: mentor.id,
    organisationId: gaziantepId,
    teamIds: [ayse.id, mehmet.id],
    startsOn: '2027-02-01',
    endsOn: '2027-06-30',
    status: 'active',
    ...overrides,
  });

  const createTrack = async (request: SaveCoachingTrackRequest): Promise<CoachingTrackDetail> =>
    (await t.http().post('/api/coaching-tracks').set('Cookie', coordinator).send(request).expect(201)).body;

  const meeting = (ownerId: string, minutes = 90) => ({
    heldOn: '2027-02-10',
    durationMinutes: minutes,
    mode: 'online',
    notes: 'Went through the call’s eligibility rules and the budget ceiling.',
    actionItems: [{ text: 'Draft the problem analysis', ownerId, dueOn: '2027-02-24', done: false }],
  });

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await signedIn(t, ['coordinator'])).cookie;
    gaziantepId = (await createOrganisation(t.db, { province: 'Gaziantep' })).id;
    hatayId = (await createOrganisation(t.db, { province: 'Hatay' })).id;
    mentor = await person({ roles: ['trainer'], fullName: 'Murat Güneş', gender: 'male' });
    ayse = await person({ fullName: 'Ayşe Kılıç', gender: 'female', organisationId: gaziantepId });
    mehmet = await person({ fullName: 'Mehmet Öztürk', gender: 'male', organisationId: hatayId });
    sam = await person({ fullName: 'Sam Jansen', gender: 'undeclared' });
    outsider = await person({ fullName: 'Deniz Aydın' });
    track = await createTrack(trackRequest());
  });
  afterAll(() => t.close());

  describe('tracks', () => {
    it('links a trainer from the roster as mentor to an organisation and its team', () => {
      expect(track).toMatchObject({
        title: 'Legal aid proposal coaching',
        status: 'active',
        mentorKind: 'trainer',
        mentor: { fullName: 'Murat Güneş' },
        organisationId: gaziantepId,
        draftStatus: 'editing',
        meetingCount: 0,
        myRole: 'coordinator',
      });
      expect(track.team.map((p) => p.fullName)).toEqual(['Ayşe Kılıç', 'Mehmet Öztürk']);
    });

    it('takes an expert of a partner organisation as mentor, and refuses someone who is neither', async () => {
      const expert = await person({ fullName: 'Derya Yücel', organisationId: hatayId });
      const partner = await createTrack(trackRequest({ mentorId: expert.id, organisationId: null }));
      expect(partner.mentorKind).toBe('partner_expert');

      const response = await t
        .http()
        .post('/api/coaching-tracks')
        .set('Cookie', coordinator)
        .send(trackRequest({ mentorId: sam.id }))
        .expect(422);
      expect(response.body.details).toEqual([
        {
          field: 'mentorId',
          reason: 'must be a trainer from the roster, or an expert who belongs to a partner organisation',
        },
      ]);
    });

    it('answers bad input with a 4xx naming the field, and stores nothing', async () => {
      const before = (await t.http().get('/api/coaching-tracks').set('Cookie', coordinator).expect(200)).body
        .length;
      const missing = await t
        .http()
        .post('/api/coaching-tracks')
        .set('Cookie', coordinator)
        .send({ ...trackRequest(), title: undefined })
        .expect(400);
      expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual(['title']);
      const noTeam = await t
        .http()
        .post('/api/coaching-tracks')
        .set('Cookie', coordinator)
        .send(trackRequest({ teamIds: [] }))
        .expect(400);
      expect(noTeam.body.details).toEqual([
        { field: 'teamIds', reason: 'teamIds must name at least one person coached' },
      ]);
      const backwards = await t
        .http()
        .post('/api/coaching-tracks')
        .set('Cookie', coordinator)
        .send(trackRequest({ endsOn: '2027-01-01' }))
        .expect(422);
      expect(backwards.body.details).toEqual([{ field: 'endsOn', reason: 'must be on or after startsOn' }]);
      const badStatus = await t
        .http()
        .post('/api/coaching-tracks')
        .set('Cookie', coordinator)
        .send(trackRequest({ status: 'paused' as never }))
        .expect(400);
      expect(badStatus.body.details[0].field).toBe('status');
      expect((await t.http().get('/api/coaching-tracks').set('Cookie', coordinator)).body.length).toBe(
        before,
      );
    });

    it('shows the track to its mentor and team under "My coaching", and to no one else', async () => {
      for (const who of [mentor, ayse]) {
        const mine = (await t.http().get('/api/my/coaching-tracks').set('Cookie', who.cookie).expect(200))
          .body;
        expect(mine.map((m: { id: string }) => m.id)).toContain(track.id);
      }
      const theirs = (
        await t.http().get('/api/my/coaching-tracks').set('Cookie', outsider.cookie).expect(200)
      ).body;
      expect(theirs).toEqual([]);
      await t.http().get(`/api/coaching-tracks/${track.id}`).set('Cookie', outsider.cookie).expect(404);
      await t.http().get('/api/coaching-tracks').set('Cookie', ayse.cookie).expect(403);
      await t
        .http()
        .put(`/api/coaching-tracks/${track.id}`)
        .set('Cookie', mentor.cookie)
        .send(trackRequest())
        .expect(403);
      const asMentor = (
        await t.http().get(`/api/coaching-tracks/${track.id}`).set('Cookie', mentor.cookie).expect(200)
      ).body;
      expect(asMentor.myRole).toBe('mentor');
    });
  });

  describe('meetings and action items', () => {
    let itemId: string;

    it('lets the mentor record a meeting with an action item for a team member', async () => {
      const saved: CoachingTrackDetail = (
        await t
          .http()
          .post(`/api/coaching-tracks/${track.id}/meetings`)
          .set('Cookie', mentor.cookie)
          .send(meeting(ayse.id))
          .expect(201)
      ).body;
      expect(saved.meetings).toHaveLength(1);
      expect(saved.meetings[0]).toMatchObject({ heldOn: '2027-02-10', durationMinutes: 90, mode: 'online' });
      expect(saved.meetings[0].actionItems).toEqual([
        expect.objectContaining({ text: 'Draft the problem analysis', ownerName: 'Ayşe Kılıç', done: false }),
      ]);
      expect(saved.openActionItems).toBe(1);
      itemId = saved.meetings[0].actionItems[0].id;
    });

    it('refuses an action item owned by someone outside the track, naming the field', async () => {
      const response = await t
        .http()
        .post(`/api/coaching-tracks/${track.id}/meetings`)
        .set('Cookie', mentor.cookie)
        .send(meeting(outsider.id))
        .expect(422);
      expect(response.body.details).toEqual([
        { field: 'actionItems.0.ownerId', reason: 'must be the mentor or a team member' },
      ]);
      const bad = await t
        .http()
        .post(`/api/coaching-tracks/${track.id}/meetings`)
        .set('Cookie', mentor.cookie)
        .send({ ...meeting(ayse.id), mode: 'by pigeon', durationMinutes: 0 })
        .expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'durationMinutes',
        'mode',
      ]);
    });

    it('does not let a team member write or edit meetings', async () => {
      await t
        .http()
        .post(`/api/coaching-tracks/${track.id}/meetings`)
        .set('Cookie', ayse.cookie)
        .send(meeting(ayse.id))
        .expect(403);
      const [held] = (await t.http().get(`/api/coaching-tracks/${track.id}`).set('Cookie', ayse.cookie)).body
        .meetings;
      await t
        .http()
        .put(`/api/coaching-tracks/${track.id}/meetings/${held.id}`)
        .set('Cookie', ayse.cookie)
        .send(meeting(ayse.id))
        .expect(403);
      await t
        .http()
        .post(`/api/coaching-tracks/${track.id}/meetings`)
        .set('Cookie', outsider.cookie)
        .send(meeting(ayse.id))
        .expect(404);
    });

    it('lets the owner tick their own action item done, and no other team member', async () => {
      const path = `/api/coaching-tracks/${track.id}/action-items/${itemId}/done`;
      await t.http().put(path).set('Cookie', mehmet.cookie).send({ done: true }).expect(403);
      await t.http().put(path).set('Cookie', ayse.cookie).send({ done: 'yes' }).expect(400);
      const ticked: CoachingTrackDetail = (
        await t.http().put(path).set('Cookie', ayse.cookie).send({ done: true }).expect(200)
      ).body;
      expect(ticked.meetings[0].actionItems[0].done).toBe(true);
      expect(ticked.openActionItems).toBe(0);
    });

    it('lets the mentor edit the meeting, keeping the items sent back with their ids', async () => {
      const [held] = (await t.http().get(`/api/coaching-tracks/${track.id}`).set('Cookie', mentor.cookie))
        .body.meetings;
      const edited: CoachingTrackDetail = (
        await t
          .http()
          .put(`/api/coaching-tracks/${track.id}/meetings/${held.id}`)
          .set('Cookie', mentor.cookie)
          .send({
            ...meeting(ayse.id, 60),
            actionItems: [
              { ...held.actionItems[0] },
              { text: 'Collect letters of support', ownerId: mehmet.id, dueOn: '2027-03-01', done: false },
            ].map(({ id, text, ownerId, dueOn, done }) => ({
              ...(id ? { id } : {}),
              text,
              ownerId,
              dueOn,
              done,
            })),
          })
          .expect(200)
      ).body;
      expect(edited.meetings[0].durationMinutes).toBe(60);
      expect(edited.meetings[0].actionItems.map((a) => [a.id === itemId, a.done])).toEqual([
        [true, true],
        [false, false],
      ]);
    });

    it("puts the meetings in the mentor's and the team's calendar feed", async () => {
      const { url } = (await t.http().get('/api/me/calendar').set('Cookie', ayse.cookie).expect(200)).body;
      const feed = await t
        .http()
        .get(new URL(url).pathname)
        .buffer(true)
        .parse((res, done) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => done(null, body));
        })
        .expect(200);
      const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
      const held = events.find((e) => e.getFirstPropertyValue('summary') === 'Legal aid proposal coaching');
      expect(held?.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-02-10');
      expect(String(held?.getFirstPropertyValue('url'))).toMatch(new RegExp(`/coaching/${track.id}$`));
    });
  });

  describe('the project draft', () => {
    const item = (level: string, parentId: string | null, text: string, indicators: object[] = []) => ({
      level,
      parentId,
      text,
      indicators,
    });
    const add = async (who: Someone, body: object, status = 201) =>
      (
        await t
          .http()
          .post(`/api/coaching-tracks/${track.id}/draft/items`)
          .set('Cookie', who.cookie)
          .send(body)
          .expect(status)
      ).body;

    it('lets the team build the logframe tree, level under level, with indicators', async () => {
      let draft: CoachingTrackDetail = await add(
        ayse,
        item('overall_objective', null, 'Refugees in Gaziantep reach justice'),
      );
      const overall = draft.draft[0].id;
      draft = await add(mehmet, item('specific_objective', overall, 'Free legal aid is known and used'));
      const specific = draft.draft[1].id;
      draft = await add(
        ayse,
        item('result', specific, 'Legal aid desk open three days a week', [
          {
            description: 'People advised at the desk',
            baseline: '0',
            target: '600 in 18 months',
            meansOfVerification: 'Desk register',
          },
        ]),
      );
      draft = await add(ayse, item('activity', draft.draft[2].id, 'Train eight volunteer paralegals'));
      expect(draft.draft.map((d) => d.level)).toEqual([
        'overall_objective',
        'specific_objective',
        'result',
        'activity',
      ]);
      expect(draft.draft[2].indicators[0]).toMatchObject({ target: '600 in 18 months' });

      const wrongParent = await add(ayse, item('activity', overall, 'Print leaflets'), 422);
      expect(wrongParent.details).toEqual([
        { field: 'parentId', reason: 'must be an item of level result of this draft' },
      ]);
      const noText = await add(ayse, item('result', specific, ''), 400);
      expect(noText.details[0].field).toBe('text');
      await add(mentor, item('result', specific, 'A result from the mentor'), 403);
      await add(outsider, item('result', specific, 'A result from outside'), 404);
    });

    it('lets the mentor comment on an item and the team mark the comment resolved', async () => {
      const before: CoachingTrackDetail = (
        await t.http().get(`/api/coaching-tracks/${track.id}`).set('Cookie', mentor.cookie)
      ).body;
      const result = before.draft.find((d) => d.level === 'result') as CoachingTrackDetail['draft'][number];
      const commentPath = `/api/coaching-tracks/${track.id}/draft/items/${result.id}/comments`;
      await t.http().post(commentPath).set('Cookie', ayse.cookie).send({ body: 'Looks fine' }).expect(403);
      const commented: CoachingTrackDetail = (
        await t
          .http()
          .post(commentPath)
          .set('Cookie', mentor.cookie)
          .send({ body: 'How many of the 600 will be women? Split the target by gender.' })
          .expect(201)
      ).body;
      const [comment] = commented.draft.find((d) => d.id === result.id)?.comments ?? [];
      expect(comment).toMatchObject({ authorName: 'Murat Güneş', resolved: false });

      const resolvePath = `/api/coaching-tracks/${track.id}/draft/comments/${comment.id}/resolved`;
      await t.http().put(resolvePath).set('Cookie', mentor.cookie).send({ resolved: true }).expect(403);
      const resolved: CoachingTrackDetail = (
        await t.http().put(resolvePath).set('Cookie', ayse.cookie).send({ resolved: true }).expect(200)
      ).body;
      expect(resolved.draft.find((d) => d.id === result.id)?.comments[0].resolved).toBe(true);
    });

    it('goes to the mentor for review and comes back reviewed; a submitted draft is not edited', async () => {
      const statusPath = `/api/coaching-tracks/${track.id}/draft/status`;
      await t.http().put(statusPath).set('Cookie', mentor.cookie).send({ status: 'reviewed' }).expect(409);
      await t.http().put(statusPath).set('Cookie', mentor.cookie).send({ status: 'submitted' }).expect(403);
      await t.http().put(statusPath).set('Cookie', ayse.cookie).send({ status: 'approved' }).expect(400);
      const submitted = (
        await t.http().put(statusPath).set('Cookie', ayse.cookie).send({ status: 'submitted' }).expect(200)
      ).body;
      expect(submitted.draftStatus).toBe('submitted');
      await add(ayse, item('overall_objective', null, 'A second objective'), 409);
      const reviewed = (
        await t.http().put(statusPath).set('Cookie', mentor.cookie).send({ status: 'reviewed' }).expect(200)
      ).body;
      expect(reviewed.draftStatus).toBe('reviewed');
    });

    it('removes an item with everything under it', async () => {
      const before: CoachingTrackDetail = (
        await t.http().get(`/api/coaching-tracks/${track.id}`).set('Cookie', ayse.cookie)
      ).body;
      const specific = before.draft.find((d) => d.level === 'specific_objective');
      const after: CoachingTrackDetail = (
        await t
          .http()
          .delete(`/api/coaching-tracks/${track.id}/draft/items/${specific?.id}`)
          .set('Cookie', ayse.cookie)
          .expect(200)
      ).body;
      expect(after.draft.map((d) => d.level)).toEqual(['overall_objective']);
      // Changing a reviewed draft makes it a draft in the making again.
      expect(after.draftStatus).toBe('editing');
    });
  });
});
