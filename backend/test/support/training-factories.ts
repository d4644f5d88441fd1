import { join } from 'node:path';
import type { SaveSessionRequest, SessionDetail, TrainingDetail } from '@atolye/shared';
import { ContentPublisher } from '../../src/content/content-publisher.service';
import { loadContent } from '../../src/content/content-loader';
import { loadQuestionnaires } from '../../src/content/capacity-questionnaire-parser';
import { loadSurveys } from '../../src/content/survey-parser';
import type { TestApp } from './test-app';

const REPOSITORY_ROOT = join(__dirname, '../../..');

/** Publishes the repository's own content (idempotent: unchanged versions are skipped). */
export async function publishRepositoryContent(t: TestApp): Promise<void> {
  const { modules, problems } = loadContent(join(REPOSITORY_ROOT, 'content'), REPOSITORY_ROOT);
  if (problems.length > 0)
    throw new Error(
      `the repository content has problems: ${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('; ')}`,
    );
  await t.app.get(ContentPublisher).publish(modules);
  await t.app.get(ContentPublisher).publishSurveys(loadSurveys(join(REPOSITORY_ROOT, 'content')).surveys);
  await t.app
    .get(ContentPublisher)
    .publishQuestionnaires(loadQuestionnaires(join(REPOSITORY_ROOT, 'content')).questionnaires);
}

export async function moduleVersionIds(t: TestApp, slugs: string[]): Promise<string[]> {
  const rows: { id: string; slug: string }[] = await t.db.query(
    `SELECT DISTINCT ON (slug) id, slug FROM module_versions WHERE slug = ANY($1) ORDER BY slug, published_at DESC`,
    [slugs],
  );
  return slugs.map((slug) => {
    const row = rows.find((r) => r.slug === slug);
    if (!row) throw new Error(`module ${slug} is not published`);
    return row.id;
  });
}

export async function createTraining(
  t: TestApp,
  coordinatorCookie: string,
  options: { modules?: string[]; publish?: boolean; title?: string } = {},
): Promise<TrainingDetail> {
  const ids = await moduleVersionIds(
    t,
    options.modules ?? ['international-protection-legal-framework', 'protection-and-data-protection'],
  );
  const created = await t
    .http()
    .post('/api/trainings')
    .set('Cookie', coordinatorCookie)
    .send({
      title: {
        en: options.title ?? 'Protection essentials for CSO staff',
        tr: 'STK çalışanları için korumanın temelleri',
      },
      description: {
        en: 'The legal framework and protection principles.',
        tr: 'Hukuki çerçeve ve koruma ilkeleri.',
      },
      languages: ['en', 'tr'],
      moduleVersionIds: ids,
      completionRule: {
        minAttendancePercent: 80,
        requireAllLessons: true,
        requiredQuizzes: [],
        requireEvaluation: false,
      },
    })
    .expect(201);
  if (options.publish !== false)
    await t
      .http()
      .post(`/api/trainings/${created.body.id}/publish`)
      .set('Cookie', coordinatorCookie)
      .expect(200);
  return created.body;
}

const day = 24 * 3600_000;

export function sessionRequest(
  trainingId: string,
  overrides: Partial<SaveSessionRequest> = {},
): SaveSessionRequest {
  const now = Date.now();
  return {
    trainingId,
    title: 'Gaziantep cohort',
    format: 'course',
    mode: 'in_person',
    language: 'tr',
    venue: 'Şahinbey Kültür Merkezi, Gaziantep',
    meetingLink: null,
    city: 'Gaziantep',
    country: 'TR',
    capacity: 20,
    enrolmentOpensAt: new Date(now - day).toISOString(),
    enrolmentClosesAt: new Date(now + 10 * day).toISOString(),
    enrolmentPolicy: 'automatic',
    trainerIds: [],
    meetings: [
      {
        startsAt: new Date(now + 14 * day).toISOString(),
        endsAt: new Date(now + 14 * day + 3 * 3600_000).toISOString(),
        topic: 'Legal framework',
      },
      {
        startsAt: new Date(now + 15 * day).toISOString(),
        endsAt: new Date(now + 15 * day + 3 * 3600_000).toISOString(),
        topic: 'Protection principles',
      },
    ],
    ...overrides,
  };
}

export async function createSession(
  t: TestApp,
  coordinatorCookie: string,
  trainingId: string,
  overrides: Partial<SaveSessionRequest> = {},
): Promise<SessionDetail> {
  const response = await t
    .http()
    .post('/api/sessions')
    .set('Cookie', coordinatorCookie)
    .send(sessionRequest(trainingId, overrides))
    .expect(201);
  return response.body;
}

/** A coordinator enrols a person by hand; returns the enrolment's id. */
export async function enrolByHand(
  t: TestApp,
  coordinatorCookie: string,
  sessionId: string,
  personId: string,
): Promise<string> {
  const response = await t
    .http()
    .post(`/api/sessions/${sessionId}/enrolments`)
    .set('Cookie', coordinatorCookie)
    .send({ personId })
    .expect(201);
  return response.body.id;
}
