import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';

/**
 * Every change of an enrolment's state goes through one named transition of the enrolments
 * service; each leaves its audit entry and its mail in the outbox, written in the same
 * transaction as the change.
 */
describe('enrolment transitions', () => {
  let t: TestApp;
  let coordinator: { person: { id: string }; cookie: string };
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    trainingId = (await createTraining(t, coordinator.cookie)).id;
  });
  afterAll(() => t.close());

  async function trainee(fullName: string) {
    const person = await createPerson(t.db, { fullName });
    return { person, cookie: await sessionCookieFor(t.db, person.id) };
  }

  const statusOf = async (enrolmentId: string): Promise<string> =>
    (await t.db.query('SELECT status FROM enrolments WHERE id = $1', [enrolmentId]))[0].status;

  const auditOf = async (subjectId: string): Promise<{ action: string; before: unknown; after: unknown }[]> =>
    t.db.query('SELECT action, before, after FROM audit_log WHERE subject_id = $1 ORDER BY at, id', [
      subjectId,
    ]);

  const mailsTo = async (email: string): Promise<string[]> =>
    (
      await t.db.query('SELECT kind FROM mail_outbox WHERE recipient = $1 ORDER BY created_at, id', [email])
    ).map((row: { kind: string }) => row.kind);

  const request = async (cookie: string, sessionId: string): Promise<{ id: string; status: string }> =>
    (await t.http().post(`/api/sessions/${sessionId}/enrol`).set('Cookie', cookie).expect(201)).body;

  it('request, then approve: pending, then a seat, audited as approved and mailed', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { enrolmentPolicy: 'approval' });
    const leyla = await trainee('Leyla Haddad');
    const asked = await request(leyla.cookie, session.id);
    expect(asked.status).toBe('pending');
    // The trainee's own request is in the audit log too, under their name.
    expect(await auditOf(asked.id)).toEqual([
      { action: 'enrolment.requested', before: null, after: { status: 'pending' } },
    ]);

    await t.http().post(`/api/enrolments/${asked.id}/approve`).set('Cookie', coordinator.cookie).expect(200);
    expect(await statusOf(asked.id)).toBe('enrolled');
    expect(await auditOf(asked.id)).toEqual([
      { action: 'enrolment.requested', before: null, after: { status: 'pending' } },
      { action: 'enrolment.approved', before: { status: 'pending' }, after: { status: 'enrolled' } },
    ]);
    expect(await mailsTo(leyla.person.email)).toEqual(['enrolment_approved']);
  });

  it('reject: the request is declined, audited as rejected and mailed', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { enrolmentPolicy: 'approval' });
    const kostas = await trainee('Kostas Nikolaidis');
    const asked = await request(kostas.cookie, session.id);

    await t.http().post(`/api/enrolments/${asked.id}/reject`).set('Cookie', coordinator.cookie).expect(200);
    expect(await statusOf(asked.id)).toBe('rejected');
    expect(await auditOf(asked.id)).toEqual([
      { action: 'enrolment.requested', before: null, after: { status: 'pending' } },
      { action: 'enrolment.rejected', before: { status: 'pending' }, after: { status: 'rejected' } },
    ]);
    expect(await mailsTo(kostas.person.email)).toEqual(['enrolment_rejected']);
  });

  it('waitlist, withdraw and promote: a coordinator withdraws the seat holder, the first waiting gets the seat', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId, { capacity: 1 });
    const [hasan, meryem] = [await trainee('Hasan Çelik'), await trainee('Meryem Aydoğan')];
    const seat = await enrolByHand(t, coordinator.cookie, session.id, hasan.person.id);
    const waiting = await enrolByHand(t, coordinator.cookie, session.id, meryem.person.id);
    expect([await statusOf(seat), await statusOf(waiting)]).toEqual(['enrolled', 'waitlisted']);
    expect(await auditOf(waiting)).toEqual([
      { action: 'enrolment.added', before: null, after: { status: 'waitlisted' } },
    ]);
    // The confirmation of a hand enrolment tells a waitlisted person their place in the queue.
    expect(await mailsTo(meryem.person.email)).toEqual(['enrolment_confirmed']);

    await t
      .http()
      .post(`/api/enrolments/${seat}/withdrawal`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Moved to Van' })
      .expect(200);
    expect(await statusOf(seat)).toBe('withdrawn');
    expect(await auditOf(seat)).toEqual([
      { action: 'enrolment.added', before: null, after: { status: 'enrolled' } },
      {
        action: 'enrolment.withdrawn',
        before: { status: 'enrolled' },
        after: { status: 'withdrawn', reason: 'Moved to Van' },
      },
    ]);
    expect(await mailsTo(hasan.person.email)).toEqual(['enrolment_confirmed', 'enrolment_withdrawn']);
    expect(await statusOf(waiting)).toBe('enrolled');
    expect(await auditOf(waiting)).toEqual([
      { action: 'enrolment.added', before: null, after: { status: 'waitlisted' } },
      { action: 'enrolment.promoted', before: { status: 'waitlisted' }, after: { status: 'enrolled' } },
    ]);
    expect(await mailsTo(meryem.person.email)).toEqual(['enrolment_confirmed', 'waitlist_promoted']);
  });

  it('complete on issue and un-complete on revoke: the certificate audited and mailed each time', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId);
    const samira = await trainee('Samira Haddad');
    const enrolmentId = await enrolByHand(t, coordinator.cookie, session.id, samira.person.id);
    const issued = await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId, overrideReason: 'Attended the make-up session in Kilis' })
      .expect(201);
    expect(await statusOf(enrolmentId)).toBe('completed');
    expect((await auditOf(issued.body.id)).map((entry) => entry.action)).toEqual(['certificate.issued']);
    expect(await mailsTo(samira.person.email)).toEqual(['enrolment_confirmed', 'certificate_issued']);

    await t
      .http()
      .post(`/api/certificates/${issued.body.id}/revoke`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Issued to the wrong session' })
      .expect(200);
    expect(await statusOf(enrolmentId)).toBe('enrolled');
    expect((await auditOf(issued.body.id)).map((entry) => entry.action)).toEqual([
      'certificate.issued',
      'certificate.revoked',
    ]);
    expect(await mailsTo(samira.person.email)).toEqual([
      'enrolment_confirmed',
      'certificate_issued',
      'certificate_revoked',
    ]);
  });

  it('un-complete leaves an enrolment that is no longer completed as it is: a withdrawn one stays withdrawn', async () => {
    const session = await createSession(t, coordinator.cookie, trainingId);
    const omar = await trainee('Omar Farouk');
    const enrolmentId = await enrolByHand(t, coordinator.cookie, session.id, omar.person.id);
    const issued = await t
      .http()
      .post('/api/certificates')
      .set('Cookie', coordinator.cookie)
      .send({ enrolmentId, overrideReason: 'Attended the make-up session in Kilis' })
      .expect(201);
    await t.db.query(`UPDATE enrolments SET status = 'withdrawn' WHERE id = $1`, [enrolmentId]);
    await t
      .http()
      .post(`/api/certificates/${issued.body.id}/revoke`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Withdrew before the end' })
      .expect(200);
    expect(await statusOf(enrolmentId)).toBe('withdrawn');
  });
});
