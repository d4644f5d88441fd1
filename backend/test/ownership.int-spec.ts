import type { AttemptView, EnrolmentLearning, QuizSummaryForTrainee } from '@atolye/shared';
import { signedIn } from './support/factories';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';
import { createTestApp, type TestApp } from './support/test-app';
import { routesOf } from './support/routes';

/**
 * Ownership, beyond roles: on every route about one object (an enrolment, an attempt, a
 * certificate, a session, a meeting), another person of the same role is refused (403 or 404)
 * while the owner gets through. Trainee against trainee, trainer against trainer: the role check
 * lets both in, so only the services' ownership checks tell them apart.
 */
interface OwnedRoute {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  body?: object;
}

/** Routes with an object in the address that trainees or trainers may call, but own nothing of. */
const NOT_OWNED: Record<string, string> = {
  'get /api/catalogue/:id': 'a published training, the same for every signed-in person',
  'get /api/modules/:slug/versions/:version': 'published content, the same for every previewer',
  'get /api/modules/:slug/versions/:version/lessons/:lesson': 'published content',
  'get /api/modules/:slug/versions/:version/media/:name': 'published content, public',
  'get /api/modules/:slug/versions/:version/quizzes/:quiz/gift':
    'a published quiz as GIFT, the same for every trainer and coordinator',
  'get /api/calendar/:token.ics': 'the secret token in the address is the credential',
  'get /api/certificates/verify/:code': 'verification is public by design',
  'get /api/credentials/status/:list': 'a status list is public by design: verifiers anywhere read it',
  'get /api/public/trainings/:id': 'the public catalogue shows published trainings to anyone',
  'post /api/sessions/:id/enrol':
    'any trainee may ask for a seat in an open session; the enrolment made is theirs',
};

/** Codes a 403 carries when the caller is not the object's owner (rather than a rule of its state). */
const NOT_YOURS_CODES = ['forbidden', 'session.notYourSession', 'evaluation.notParticipant'];

type Answer = { status: number; body: { code?: string } };

/** A refusal because the object is someone else's: not found, or forbidden as not theirs. */
function notYours(response: Answer): boolean {
  return (
    response.status === 404 || (response.status === 403 && NOT_YOURS_CODES.includes(response.body.code ?? ''))
  );
}

function outcome(response: Answer): string {
  return `${response.status}${response.body.code ? ` ${response.body.code}` : ''}`;
}

describe('ownership of every object route', () => {
  let t: TestApp;
  let trainee: { owner: string; other: string };
  let trainer: { owner: string; other: string };
  let traineeRoutes: OwnedRoute[];
  let trainerRoutes: OwnedRoute[];

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    const coordinator = await signedIn(t, ['coordinator']);
    const [owner, other, teacher, otherTeacher] = await Promise.all([
      signedIn(t, ['trainee']),
      signedIn(t, ['trainee']),
      signedIn(t, ['trainer']),
      signedIn(t, ['trainer']),
    ]);
    trainee = { owner: owner.cookie, other: other.cookie };
    trainer = { owner: teacher.cookie, other: otherTeacher.cookie };

    // Each trainee in a session of their own, each trainer teaching one of them.
    const training = await createTraining(t, coordinator.cookie);
    const session = await createSession(t, coordinator.cookie, training.id, {
      trainerIds: [teacher.person.id],
      capacity: 50,
    });
    const otherSession = await createSession(t, coordinator.cookie, training.id, {
      trainerIds: [otherTeacher.person.id],
      title: 'Another cohort',
    });
    const enrolment = await enrolByHand(t, coordinator.cookie, session.id, owner.person.id);
    await enrolByHand(t, coordinator.cookie, otherSession.id, other.person.id);

    const path: EnrolmentLearning = (
      await t.http().get(`/api/my/enrolments/${enrolment}/learning`).set('Cookie', owner.cookie).expect(200)
    ).body;
    const lesson = path.modules[0].lessons[0].id;
    const quizzes: QuizSummaryForTrainee[] = (
      await t.http().get(`/api/my/enrolments/${enrolment}/quizzes`).set('Cookie', owner.cookie).expect(200)
    ).body;
    const [quiz, secondQuiz] = quizzes.map((q) => q.id);
    const attempt: AttemptView = (
      await t
        .http()
        .post(`/api/my/enrolments/${enrolment}/quizzes/${quiz}/attempts`)
        .set('Cookie', owner.cookie)
        .expect(200)
    ).body;
    const certificate = (
      await t
        .http()
        .post('/api/certificates')
        .set('Cookie', coordinator.cookie)
        .send({ enrolmentId: enrolment, overrideReason: 'Completed the programme at the partner office' })
        .expect(201)
    ).body;
    const certificateId: string = certificate.certificate?.id ?? certificate.id;
    const meeting = session.meetings[0].id;
    // A study visit the owner takes part in, and the other trainee does not.
    const visit = (
      await t
        .http()
        .post('/api/programme-events')
        .set('Cookie', coordinator.cookie)
        .send({
          kind: 'study_visit',
          title: 'Study visit to Brussels',
          description: null,
          startsOn: '2027-03-15',
          endsOn: '2027-03-19',
          city: 'Brussels',
          country: 'BE',
          hostOrganisations: ['Vluchtelingenwerk Vlaanderen'],
          agenda: [],
          costs: [],
          speakers: [],
          participantIds: [owner.person.id],
          followUpActions: [],
        })
        .expect(201)
    ).body;
    // Enrolled by hand, the owner was notified of it.
    const [notification] = (
      await t.http().get('/api/my/notifications').set('Cookie', owner.cookie).expect(200)
    ).body.items;

    // A coaching track mentored by the owning trainer, with the owning trainee on its team.
    const coaching = await coachingTrackOf(t, coordinator.cookie, teacher, owner);
    const track = `/api/coaching-tracks/${coaching.trackId}`;
    const meetingBody = {
      heldOn: '2027-02-10',
      durationMinutes: 60,
      mode: 'online',
      notes: 'Read the call together.',
      actionItems: [],
    };
    const draftItem = (text: string) => ({
      level: 'overall_objective',
      parentId: null,
      text,
      indicators: [],
    });

    traineeRoutes = [
      { method: 'get', path: `/api/my/enrolments/${enrolment}/learning` },
      { method: 'get', path: `/api/my/enrolments/${enrolment}/lessons/${lesson}` },
      { method: 'put', path: `/api/my/enrolments/${enrolment}/lessons/${lesson}/complete` },
      { method: 'get', path: `/api/my/enrolments/${enrolment}/quizzes` },
      { method: 'post', path: `/api/my/enrolments/${enrolment}/quizzes/${secondQuiz ?? quiz}/attempts` },
      { method: 'get', path: `/api/my/attempts/${attempt.id}` },
      {
        method: 'put',
        path: `/api/my/attempts/${attempt.id}/answers`,
        body: { questionId: attempt.questions[0].id, answer: null },
      },
      { method: 'get', path: `/api/my/enrolments/${enrolment}/evaluation` },
      {
        method: 'post',
        path: `/api/my/enrolments/${enrolment}/evaluation`,
        body: {
          ratings: { relevance: 5, trainer: 4, materials: 4, organisation: 5 },
          comments: null,
          anonymous: false,
        },
      },
      { method: 'get', path: `/api/my/enrolments/${enrolment}/follow-up` },
      {
        method: 'post',
        path: `/api/my/enrolments/${enrolment}/follow-up`,
        body: { answers: { used: 'yes' } },
      },
      { method: 'get', path: `/api/certificates/${certificateId}/pdf` },
      { method: 'get', path: `/api/my/certificates/${certificateId}/credential` },
      { method: 'get', path: `/api/sessions/${session.id}/calendar.ics` },
      {
        method: 'put',
        path: `/api/my/programme-events/${visit.id}/report`,
        body: { learned: 'How a reception service works.', willApply: 'A referral desk at our office.' },
      },
      { method: 'post', path: `/api/my/notifications/${notification.id}/read` },
      { method: 'get', path: track },
      { method: 'put', path: `${track}/action-items/${coaching.actionItemId}/done`, body: { done: true } },
      {
        method: 'post',
        path: `${track}/draft/items`,
        body: draftItem('Refugees in Gaziantep reach justice'),
      },
      {
        method: 'put',
        path: `${track}/draft/items/${coaching.itemId}`,
        body: draftItem('People reach justice'),
      },
      {
        method: 'put',
        path: `${track}/draft/comments/${coaching.commentId}/resolved`,
        body: { resolved: true },
      },
      { method: 'delete', path: `${track}/draft/items/${coaching.spareItemId}` },
      { method: 'put', path: `${track}/draft/status`, body: { status: 'submitted' } },
      // Last: these change the attempt and the enrolment for good.
      { method: 'post', path: `/api/my/attempts/${attempt.id}/submit` },
      { method: 'post', path: `/api/enrolments/${enrolment}/withdraw` },
    ];
    trainerRoutes = [
      { method: 'get', path: `/api/sessions/${session.id}` },
      { method: 'get', path: track },
      { method: 'post', path: `${track}/meetings`, body: meetingBody },
      { method: 'put', path: `${track}/meetings/${coaching.meetingId}`, body: meetingBody },
      {
        method: 'post',
        path: `${track}/draft/items/${coaching.itemId}/comments`,
        body: { body: 'Add a target.' },
      },
      { method: 'put', path: `${track}/draft/status`, body: { status: 'reviewed' } },
      { method: 'get', path: `/api/sessions/${session.id}/enrolments` },
      { method: 'get', path: `/api/sessions/${session.id}/completion` },
      { method: 'get', path: `/api/sessions/${session.id}/certificates` },
      { method: 'get', path: `/api/sessions/${session.id}/attendance` },
      { method: 'get', path: `/api/sessions/${session.id}/attendance.csv` },
      { method: 'get', path: `/api/sessions/${session.id}/attendance.xlsx` },
      { method: 'get', path: `/api/sessions/${session.id}/quiz-results` },
      { method: 'get', path: `/api/sessions/${session.id}/quiz-results.csv` },
      { method: 'get', path: `/api/sessions/${session.id}/roster.csv` },
      { method: 'get', path: `/api/sessions/${session.id}/roster.xlsx` },
      { method: 'get', path: `/api/sessions/${session.id}/quiz-results.xlsx` },
      { method: 'get', path: `/api/sessions/${session.id}/evaluations` },
      { method: 'get', path: `/api/sessions/${session.id}/calendar.ics` },
      { method: 'get', path: `/api/meetings/${meeting}/check-in-code` },
      { method: 'get', path: `/api/meetings/${meeting}/sign-in-sheet.pdf` },
      {
        method: 'put',
        path: `/api/meetings/${meeting}/attendance`,
        body: { marks: [{ enrolmentId: enrolment, status: 'present' }] },
      },
      {
        method: 'post',
        path: `/api/sessions/${session.id}/walk-ins`,
        body: { meetingId: meeting, fullName: 'Walk-in From The Street' },
      },
      { method: 'get', path: `/api/certificates/${certificateId}/pdf` },
      { method: 'get', path: `/api/reports/dashboard?sessionId=${session.id}` },
      {
        method: 'get',
        path: `/api/reports/breakdown?measure=people_enrolled&by=gender&sessionId=${session.id}`,
      },
    ];
  });
  afterAll(() => t.close());

  /** Calls as another person of the role first (must be refused), then as the owner (must get through). */
  async function check(routes: OwnedRoute[], cookies: { owner: string; other: string }): Promise<string[]> {
    const wrong: string[] = [];
    for (const route of routes) {
      const call = (cookie: string) => {
        const request = t.http()[route.method](route.path).set('Cookie', cookie);
        return route.body ? request.send(route.body) : request;
      };
      const other = await call(cookies.other);
      if (!notYours(other)) wrong.push(`${route.method} ${route.path}: another got ${outcome(other)}`);
      const owner = await call(cookies.owner);
      if (owner.status === 401 || notYours(owner))
        wrong.push(`${route.method} ${route.path}: the owner got ${outcome(owner)}`);
    }
    return wrong;
  }

  it("refuses a trainee every object of another trainee's, and lets the owner through", async () => {
    expect(await check(traineeRoutes, trainee)).toEqual([]);
  });

  it("refuses a trainer every object of another trainer's session, and lets that session's trainer through", async () => {
    expect(await check(trainerRoutes, trainer)).toEqual([]);
  });

  it('covers every route a trainee or trainer can call about one object', () => {
    const template = (path: string) =>
      path.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');
    const covered = new Set(
      [...traineeRoutes, ...trainerRoutes].map((r) => `${r.method} ${template(r.path)}`),
    );
    const uncovered = routesOf(t.app)
      .filter((route) =>
        route.open.some((permission) =>
          ['learning.enrol', 'sessions.teach', 'content.preview', 'signed-in', 'public'].includes(permission),
        ),
      )
      .map((route) => `${route.method} ${route.path}`)
      .filter((route) => /:[A-Za-z]/.test(route))
      .filter((route) => !covered.has(route.replace(/:[A-Za-z]+/g, ':id')) && !NOT_OWNED[route]);
    expect(uncovered).toEqual([]);
  });
});

/** A track with a meeting (an action item for the trainee), two draft items and a comment on the first. */
async function coachingTrackOf(
  t: TestApp,
  coordinator: string,
  mentor: { person: { id: string }; cookie: string },
  member: { person: { id: string }; cookie: string },
) {
  const created = await t
    .http()
    .post('/api/coaching-tracks')
    .set('Cookie', coordinator)
    .send({
      title: 'Proposal coaching',
      projectTitle: 'Legal aid for refugees',
      mentorId: mentor.person.id,
      organisationId: null,
      teamIds: [member.person.id],
      startsOn: '2027-02-01',
      endsOn: '2027-06-30',
      status: 'active',
    })
    .expect(201);
  const trackId: string = created.body.id;
  const withMeeting = await t
    .http()
    .post(`/api/coaching-tracks/${trackId}/meetings`)
    .set('Cookie', mentor.cookie)
    .send({
      heldOn: '2027-02-10',
      durationMinutes: 90,
      mode: 'in_person',
      notes: '',
      actionItems: [
        { text: 'Collect desk figures', ownerId: member.person.id, dueOn: '2027-02-24', done: false },
      ],
    })
    .expect(201);
  const addItem = async (text: string) =>
    (
      await t
        .http()
        .post(`/api/coaching-tracks/${trackId}/draft/items`)
        .set('Cookie', member.cookie)
        .send({ level: 'overall_objective', parentId: null, text, indicators: [] })
        .expect(201)
    ).body.draft.find((item: { text: string }) => item.text === text).id as string;
  const itemId = await addItem('People reach justice');
  const spareItemId = await addItem('A second thought');
  const commented = await t
    .http()
    .post(`/api/coaching-tracks/${trackId}/draft/items/${itemId}/comments`)
    .set('Cookie', mentor.cookie)
    .send({ body: 'Who exactly?' })
    .expect(201);
  return {
    trackId,
    meetingId: withMeeting.body.meetings[0].id as string,
    actionItemId: withMeeting.body.meetings[0].actionItems[0].id as string,
    itemId,
    spareItemId,
    commentId: commented.body.draft.find((item: { id: string }) => item.id === itemId).comments[0]
      .id as string,
  };
}
