import { randomUUID } from 'node:crypto';
import type { CapacityAnswers, CapacityDomain, OrganisationCapacity } from '@atolye/shared';
import { capacityFigures } from '../src/capacity/capacity-figures.repository';
import { createOrganisation, createPerson, signIn, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  moduleVersionIds,
  publishRepositoryContent,
} from './support/training-factories';

/** Question ids of the repository's questionnaire, by domain (organisational-capacity 1.0.0). */
const QUESTIONS: Record<CapacityDomain, string[]> = {
  governance: ['gov_board', 'gov_strategy', 'gov_policies', 'gov_transparency'],
  project_cycle_management: ['pcm_needs', 'pcm_logframe', 'pcm_monitoring', 'pcm_reporting'],
  advocacy: ['adv_strategy', 'adv_evidence', 'adv_dialogue', 'adv_networks'],
  financial_sustainability: ['fin_diversity', 'fin_planning', 'fin_controls', 'fin_fundraising'],
  volunteer_management: ['vol_recruitment', 'vol_training', 'vol_agreement', 'vol_retention'],
  data_protection: ['dp_policy', 'dp_consent', 'dp_security', 'dp_sharing'],
  gender_mainstreaming: ['gen_analysis', 'gen_data', 'gen_policy', 'gen_access'],
};

function answersOf(scores: Record<CapacityDomain, number[]>): CapacityAnswers {
  return Object.fromEntries(
    (Object.keys(QUESTIONS) as CapacityDomain[]).flatMap((d) =>
      QUESTIONS[d].map((id, i) => [id, scores[d][i]]),
    ),
  );
}
const everywhere = (score: number) =>
  answersOf(
    Object.fromEntries(Object.keys(QUESTIONS).map((d) => [d, [score, score, score, score]])) as Record<
      CapacityDomain,
      number[]
    >,
  );

/*
 * The baseline by hand: governance (1+2+2+2)/4 = 1.75 → 1.8; project cycle 2.0; advocacy
 * (3+3+4+4)/4 = 3.5; financial (1+1+1+2)/4 = 1.25 → 1.3; volunteers 3.0; data protection
 * (2+3+3+3)/4 = 2.75 → 2.8; gender (2+2+3+3)/4 = 2.5. Overall (1.8+2.0+3.5+1.3+3.0+2.8+2.5)/7
 * = 16.9/7 = 2.414 → 2.4. The weakest: financial sustainability (1.3), then governance (1.8).
 */
const BASELINE = answersOf({
  governance: [1, 2, 2, 2],
  project_cycle_management: [2, 2, 2, 2],
  advocacy: [3, 3, 4, 4],
  financial_sustainability: [1, 1, 1, 2],
  volunteer_management: [3, 3, 3, 3],
  data_protection: [2, 3, 3, 3],
  gender_mainstreaming: [2, 2, 3, 3],
});

describe('capacity self-assessment before and after', () => {
  let t: TestApp;
  let coordinator: string;
  let focalA: string;
  let focalB: string;
  let trainee: string;
  const province = `Capacity Test ${randomUUID().slice(0, 8)}`;
  let orgA: { id: string; name: string };
  let orgB: { id: string };
  let orgC: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = (await signedIn(t, ['coordinator'])).cookie;
    trainee = (await signedIn(t, ['trainee'])).cookie;
    orgA = await createOrganisation(t.db, { province, name: `Göç Dayanışma ${randomUUID().slice(0, 6)}` });
    orgB = await createOrganisation(t.db, { province });
    orgC = await createOrganisation(t.db, { province });
    const a = await createPerson(t.db, {
      roles: ['focal_person'],
      organisationId: orgA.id,
      fullName: 'Zehra Aktaş',
    });
    const b = await createPerson(t.db, { roles: ['focal_person'], organisationId: orgB.id });
    focalA = await signIn(t, a.email);
    focalB = await signIn(t, b.email);
  });
  afterAll(() => t.close());

  const get = (cookie: string, organisationId: string) =>
    t.http().get(`/api/organisations/${organisationId}/capacity`).set('Cookie', cookie);
  const draft = (cookie: string, organisationId: string, round: string, answers: unknown) =>
    t
      .http()
      .put(`/api/organisations/${organisationId}/capacity/${round}`)
      .set('Cookie', cookie)
      .send({ answers });
  const submit = (cookie: string, organisationId: string, round: string, answers: unknown) =>
    t
      .http()
      .post(`/api/organisations/${organisationId}/capacity/${round}/submit`)
      .set('Cookie', cookie)
      .send({ answers });
  const stored = async (organisationId: string) =>
    (await t.db.query(
      `SELECT round, status, answers, overall_score::float8 AS overall FROM capacity_assessments WHERE organisation_id = $1 ORDER BY round`,
      [organisationId],
    )) as { round: string; status: string; answers: CapacityAnswers; overall: number | null }[];

  it('shows the focal person the questionnaire of seven domains and no round yet', async () => {
    const body: OrganisationCapacity = (await get(focalA, orgA.id).expect(200)).body;
    expect(body.organisationName).toBe(orgA.name);
    expect(body.questionnaire.version).toBe('1.0.0');
    expect(body.questionnaire.domains.map((d) => d.id)).toEqual(Object.keys(QUESTIONS));
    expect(body.questionnaire.domains[0].questions[0].anchors).toHaveLength(4);
    expect(body.baseline).toBeNull();
    expect(body.endline).toBeNull();
    expect(body.recommendations).toEqual([]);
    expect(body.definitions.map((d) => d.key)).toEqual(['capacity_domain_score', 'capacity_overall_score']);
  });

  it("refuses another organisation's focal person and a trainee with 403, and stores nothing", async () => {
    await get(focalB, orgA.id).expect(403);
    await get(trainee, orgA.id).expect(403);
    const refused = await draft(focalB, orgA.id, 'baseline', { gov_board: 2 }).expect(403);
    expect(refused.body.code).toBe('organisation.notYourOrganisation');
    await draft(trainee, orgA.id, 'baseline', { gov_board: 2 }).expect(403);
    await submit(trainee, orgA.id, 'baseline', BASELINE).expect(403);
    await t.http().get('/api/reports/capacity').set('Cookie', focalA).expect(403);
    expect(await stored(orgA.id)).toEqual([]);
  });

  it('keeps a partial draft, with scores only for domains fully answered', async () => {
    const partial = { gov_board: 1, gov_strategy: 2, gov_policies: 2, gov_transparency: 2, adv_strategy: 3 };
    const body: OrganisationCapacity = (await draft(focalA, orgA.id, 'baseline', partial).expect(200)).body;
    expect(body.baseline).toMatchObject({ status: 'draft', answers: partial, submittedAt: null });
    expect(body.baseline?.scores.domains.slice(0, 3)).toEqual([
      { domain: 'governance', score: 1.8 },
      { domain: 'project_cycle_management', score: null },
      { domain: 'advocacy', score: null },
    ]);
    expect(body.baseline?.scores.overall).toBeNull();
    // A draft saved again replaces the answers.
    await draft(focalA, orgA.id, 'baseline', { ...partial, adv_strategy: 4 }).expect(200);
    expect((await stored(orgA.id))[0]).toMatchObject({
      status: 'draft',
      answers: { ...partial, adv_strategy: 4 },
    });
  });

  it('answers bad input with 400 naming the field and the reason, and changes nothing', async () => {
    const before = await stored(orgA.id);
    const round = await draft(focalA, orgA.id, 'middle', {}).expect(400);
    expect(JSON.stringify(round.body.details)).toContain('round');
    const id = await get(focalA, 'not-a-uuid').expect(400);
    expect(id.body.details).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
    const notObject = await draft(focalA, orgA.id, 'baseline', [3, 4]).expect(400);
    expect(JSON.stringify(notObject.body.details)).toContain('answers');
    const outOfRange = await draft(focalA, orgA.id, 'baseline', {
      gov_board: 5,
      nope: 1,
      dp_policy: '3',
    }).expect(400);
    expect(outOfRange.body.details).toEqual([
      { field: 'answers.gov_board', reason: 'must be a whole number from 1 to 4' },
      { field: 'answers.nope', reason: 'is not a question of this questionnaire' },
      { field: 'answers.dp_policy', reason: 'must be a whole number from 1 to 4' },
    ]);
    const incomplete = await submit(focalA, orgA.id, 'baseline', { gov_board: 1 }).expect(400);
    expect(incomplete.body.details).toHaveLength(27);
    expect(incomplete.body.details[0]).toEqual({ field: 'answers.gov_strategy', reason: 'must be answered' });
    expect(await stored(orgA.id)).toEqual(before);
  });

  it('refuses the endline before the baseline is submitted', async () => {
    const response = await draft(focalA, orgA.id, 'endline', { gov_board: 3 }).expect(409);
    expect(response.body.code).toBe('capacity.baselineFirst');
  });

  it('submits the baseline with the domain and overall scores computed by hand, read-only from then on', async () => {
    const body: OrganisationCapacity = (await submit(focalA, orgA.id, 'baseline', BASELINE).expect(201)).body;
    expect(body.baseline?.status).toBe('submitted');
    expect(body.baseline?.submittedBy).toBe('Zehra Aktaş');
    expect(body.baseline?.scores).toEqual({
      domains: [
        { domain: 'governance', score: 1.8 },
        { domain: 'project_cycle_management', score: 2 },
        { domain: 'advocacy', score: 3.5 },
        { domain: 'financial_sustainability', score: 1.3 },
        { domain: 'volunteer_management', score: 3 },
        { domain: 'data_protection', score: 2.8 },
        { domain: 'gender_mainstreaming', score: 2.5 },
      ],
      overall: 2.4,
    });
    expect(body.weakestDomains).toEqual(['financial_sustainability', 'governance']);
    expect((await stored(orgA.id))[0]).toMatchObject({ status: 'submitted', overall: 2.4 });

    const again = await draft(focalA, orgA.id, 'baseline', { gov_board: 4 }).expect(409);
    expect(again.body.code).toBe('capacity.alreadySubmitted');
    await submit(focalA, orgA.id, 'baseline', everywhere(4)).expect(409);
    expect((await stored(orgA.id))[0]).toMatchObject({ answers: BASELINE, overall: 2.4 });
  });

  it('recommends published trainings tagged with the two weakest domains, those with open sessions first', async () => {
    const tagged = async (title: string, domains: CapacityDomain[], publish = true) => {
      const training = await createTraining(t, coordinator, { title, publish: false });
      await t
        .http()
        .put(`/api/trainings/${training.id}`)
        .set('Cookie', coordinator)
        .send({
          title: { en: title, tr: title },
          description: training.description,
          languages: training.languages,
          moduleVersionIds: await moduleVersionIds(t, ['financial-sustainability-and-fundraising']),
          completionRule: training.completionRule,
          capacityDomains: domains,
        })
        .expect(200);
      if (publish)
        await t.http().post(`/api/trainings/${training.id}/publish`).set('Cookie', coordinator).expect(200);
      return training.id;
    };
    const suffix = randomUUID().slice(0, 6);
    const governance = await tagged(`Board governance ${suffix}`, ['governance']);
    const funding = await tagged(`Funding mix ${suffix}`, ['financial_sustainability', 'advocacy']);
    await createSession(t, coordinator, funding);
    const advocacyOnly = await tagged(`Advocacy only ${suffix}`, ['advocacy']);
    const draftTraining = await tagged(`Unpublished funding ${suffix}`, ['financial_sustainability'], false);

    const body: OrganisationCapacity = (await get(focalA, orgA.id).expect(200)).body;
    const ids = body.recommendations.map((r) => r.trainingId);
    expect(ids).toContain(governance);
    expect(ids.indexOf(funding)).toBeLessThan(ids.indexOf(governance));
    expect(ids).not.toContain(advocacyOnly);
    expect(ids).not.toContain(draftTraining);
    expect(body.recommendations.find((r) => r.trainingId === funding)).toMatchObject({
      domains: ['financial_sustainability'],
      openSessions: 1,
    });

    const detail = (await t.http().get(`/api/trainings/${funding}`).set('Cookie', coordinator).expect(200))
      .body;
    expect(detail.capacityDomains).toEqual(['financial_sustainability', 'advocacy']);
    const bad = await t
      .http()
      .put(`/api/trainings/${funding}`)
      .set('Cookie', coordinator)
      .send({ ...detail, capacityDomains: ['magic'] });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('capacityDomains');
  });

  it('takes the endline as a draft, then submits it; the latest round decides the weakest domains', async () => {
    await draft(focalA, orgA.id, 'endline', { gov_board: 3 }).expect(200);
    const body: OrganisationCapacity = (await submit(focalA, orgA.id, 'endline', everywhere(3)).expect(201))
      .body;
    expect(body.endline?.scores.overall).toBe(3);
    // Endline minus baseline: governance 3.0 − 1.8 = +1.2, financial 3.0 − 1.3 = +1.7, overall 3.0 − 2.4 = +0.6.
    expect(body.change?.domains[0]).toEqual({ domain: 'governance', score: 1.2 });
    expect(body.change?.domains[3]).toEqual({ domain: 'financial_sustainability', score: 1.7 });
    expect(body.change?.overall).toBe(0.6);
    // All domains at 3.0: ties keep the questionnaire's order.
    expect(body.weakestDomains).toEqual(['governance', 'project_cycle_management']);
  });

  it('counts organisations whose capacity improved, by hand, for the whole programme and a period', async () => {
    // B: baseline 3.0, endline 2.0 (not improved); C (a coordinator's): baseline 2.0 only.
    await submit(focalB, orgB.id, 'baseline', everywhere(3)).expect(201);
    await submit(focalB, orgB.id, 'endline', everywhere(2)).expect(201);
    await submit(coordinator, orgC.id, 'baseline', everywhere(2)).expect(201);

    expect(await capacityFigures(t.db, { province })).toEqual({
      assessed: 3,
      withBothRounds: 2,
      improved: 1,
    });

    // A's endline moves to January 2026: only A is in that month, with both rounds and improved.
    await t.db.query(
      `UPDATE capacity_assessments SET submitted_at = '2026-01-15T10:00:00Z' WHERE organisation_id = $1 AND round = 'endline'`,
      [orgA.id],
    );
    expect(await capacityFigures(t.db, { province, from: '2026-01-01', to: '2026-01-31' })).toEqual({
      assessed: 1,
      withBothRounds: 1,
      improved: 1,
    });
    expect(await capacityFigures(t.db, { province, from: '2026-02-01' })).toEqual({
      assessed: 3,
      withBothRounds: 1,
      improved: 0,
    });

    // An indicator on the measure counts the endlines submitted in its period: A's, in January.
    const indicator = await t
      .http()
      .post('/api/indicators')
      .set('Cookie', coordinator)
      .send({
        code: `CAP${Date.now() % 100000}`,
        title: { en: 'Organisations with stronger capacity', tr: 'Kapasitesi güçlenen kurumlar' },
        measure: 'organisations_capacity_improved',
        target: 2,
        periodStart: '2026-01-01',
        periodEnd: '2026-01-31',
      })
      .expect(201);
    expect(indicator.body).toMatchObject({ value: 1, progressPercent: 50 });
    await t.http().delete(`/api/indicators/${indicator.body.id}`).set('Cookie', coordinator).expect(204);

    const dashboard = (
      await t.http().get('/api/reports/dashboard').query({ province }).set('Cookie', coordinator).expect(200)
    ).body;
    expect(dashboard.measures.organisations_capacity_improved).toBe(1);
    expect(dashboard.definitions.map((d: { key: string }) => d.key)).toContain(
      'organisations_capacity_improved',
    );
    const training = (await t.db.query(`SELECT id FROM trainings LIMIT 1`))[0].id;
    const filtered = (
      await t
        .http()
        .get('/api/reports/dashboard')
        .query({ province, trainingId: training })
        .set('Cookie', coordinator)
    ).body;
    expect(filtered.measures.organisations_capacity_improved).toBeNull();
    const breakdown = await t
      .http()
      .get('/api/reports/breakdown')
      .query({ measure: 'organisations_capacity_improved', by: 'gender' })
      .set('Cookie', coordinator)
      .expect(400);
    expect(breakdown.body.message).toContain('measure');
  });

  it("lists each organisation's baseline and endline overall scores and the change for coordinators", async () => {
    const body = (await t.http().get('/api/reports/capacity').set('Cookie', coordinator).expect(200)).body;
    const row = (id: string) => body.rows.find((r: { organisationId: string }) => r.organisationId === id);
    expect(row(orgA.id)).toMatchObject({
      baselineOverall: 2.4,
      endlineOverall: 3,
      change: 0.6,
      version: '1.0.0',
    });
    expect(row(orgB.id)).toMatchObject({ baselineOverall: 3, endlineOverall: 2, change: -1 });
    expect(row(orgC.id)).toMatchObject({
      baselineStatus: 'submitted',
      endlineStatus: null,
      baselineOverall: 2,
      endlineOverall: null,
      change: null,
    });
    expect(body.definitions.map((d: { key: string }) => d.key)).toContain('organisations_capacity_improved');
    const audit = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'organisation.capacity_submitted' AND subject_id = $1`,
      [orgA.id],
    );
    expect(audit[0].n).toBe(2);
  });
});
