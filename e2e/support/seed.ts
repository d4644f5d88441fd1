import { expect, type APIRequestContext } from '@playwright/test';
import type { Role, SaveSessionRequest, SessionDetail } from '@atolye/shared';
import { DEMO, DEMO_PASSWORD } from './portal';

/**
 * Seeding through the API, on the test's own request context (its cookies are not the page's):
 * what a test needs but is not about is made here rather than clicked through.
 */

export async function signInAsAdmin(request: APIRequestContext): Promise<void> {
  const response = await request.post('/api/auth/sign-in', {
    data: { email: DEMO.admin, password: DEMO_PASSWORD },
  });
  expect(response.ok()).toBe(true);
}

/** An account with the demo password, in English unless said otherwise (admin signed in). */
export async function createPerson(
  request: APIRequestContext,
  person: { fullName: string; email: string; roles: Role[]; language?: 'en' | 'tr' },
): Promise<{ id: string }> {
  const response = await request.post('/api/people', {
    data: { language: 'en', ...person, password: DEMO_PASSWORD },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()) as { id: string };
}

/** The id of the demo training ("Working with people in need of international protection"). */
export async function demoTrainingId(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/trainings?q=Working with people');
  expect(response.ok()).toBe(true);
  const page = (await response.json()) as { items: { id: string }[] };
  return page.items[0].id;
}

const DAY = 24 * 60 * 60 * 1000;

/** A session open for enrolment from now, with two meetings a month ahead (admin signed in). */
export async function createSession(
  request: APIRequestContext,
  session: Pick<SaveSessionRequest, 'trainingId' | 'title'> & Partial<SaveSessionRequest>,
): Promise<SessionDetail> {
  const now = Date.now();
  const at = (days: number, hours: number) => new Date(now + days * DAY + hours * 3_600_000).toISOString();
  const response = await request.post('/api/sessions', {
    data: {
      format: 'workshop',
      mode: 'in_person',
      language: 'en',
      venue: 'Çankaya Belediyesi Kültür Merkezi, Ankara',
      city: 'Ankara',
      country: 'TR',
      capacity: 20,
      enrolmentOpensAt: at(-1, 0),
      enrolmentClosesAt: at(20, 0),
      enrolmentPolicy: 'automatic',
      trainerIds: [],
      meetings: [
        { startsAt: at(30, 0), endsAt: at(30, 3), topic: 'Opening and the legal framework' },
        { startsAt: at(31, 0), endsAt: at(31, 3), topic: 'Protection in practice' },
      ],
      ...session,
    } satisfies SaveSessionRequest,
  });
  expect(response.ok()).toBe(true);
  return (await response.json()) as SessionDetail;
}

/** The id of an account found by its email (admin signed in). */
export async function personIdByEmail(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.get(`/api/people?q=${encodeURIComponent(email)}`);
  expect(response.ok()).toBe(true);
  const page = (await response.json()) as { items: { id: string; email: string }[] };
  const person = page.items.find((p) => p.email === email);
  expect(person).toBeTruthy();
  return (person as { id: string }).id;
}

/**
 * A session taught by the demo trainer, with meetings placed relative to now (in minutes) and
 * the given people enrolled by hand; returns the session and the enrolment ids (admin signed in).
 */
export async function createRunningSession(
  request: APIRequestContext,
  options: {
    title: string;
    meetings: { startMinutes: number; minutes: number; topic: string }[];
    personIds: string[];
  },
): Promise<{ session: SessionDetail; enrolmentIds: string[] }> {
  const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const session = await createSession(request, {
    trainingId: await demoTrainingId(request),
    title: options.title,
    trainerIds: [await personIdByEmail(request, DEMO.trainer)],
    meetings: options.meetings.map((m) => ({
      startsAt: at(m.startMinutes),
      endsAt: at(m.startMinutes + m.minutes),
      topic: m.topic,
    })),
  });
  const enrolmentIds: string[] = [];
  for (const personId of options.personIds) {
    const response = await request.post(`/api/sessions/${session.id}/enrolments`, { data: { personId } });
    expect(response.ok()).toBe(true);
    enrolmentIds.push(((await response.json()) as { id: string }).id);
  }
  return { session, enrolmentIds };
}
