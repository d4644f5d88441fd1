import { expect, test } from '@playwright/test';
import type { EnrolmentLearning } from '@atolye/shared';
import { DEMO_PASSWORD, unique } from '../support/portal';
import { createPerson, createRunningSession, signInAsAdmin } from '../support/seed';

/** What a first visit of a lesson page may move over the network, everything included. */
const LESSON_FIRST_VISIT_BYTES = 200_000;

interface Transfer {
  url: string;
  encoding: string | null;
  /** Headers and body as received. */
  bytes: number;
  /** The body alone, as sent (compressed or not). */
  bodyBytes: number;
}

test('a lesson page on a first visit moves at most 200 kB, its scripts compressed', async ({
  page,
  request,
}) => {
  const id = unique();
  const email = `zeynep.kaya.${id}@example.org`;
  await signInAsAdmin(request);
  const trainee = await createPerson(request, { fullName: `Zeynep Kaya ${id}`, email, roles: ['trainee'] });
  const { enrolmentIds } = await createRunningSession(request, {
    title: `Mersin — first visit ${id}`,
    meetings: [{ startMinutes: 60, minutes: 90, topic: 'Interviewing with care' }],
    personIds: [trainee.id],
  });
  const enrolmentId = enrolmentIds[0];

  // Signed in through the page's own cookie jar, without loading a page: the cache stays empty.
  const signedIn = await page.request.post('/api/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(signedIn.ok()).toBe(true);
  const learning = (await (
    await page.request.get(`/api/my/enrolments/${enrolmentId}/learning`)
  ).json()) as EnrolmentLearning;
  expect(learning.nextLessonId).toBeTruthy();

  // Chromium's own count of the bytes each response took on the wire (headers included).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const responses = new Map<string, { url: string; encoding: string | null; headerBytes: number }>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    responses.set(event.requestId, {
      url: event.response.url,
      encoding: headers['content-encoding'] ?? null,
      headerBytes: event.response.encodedDataLength,
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (!response) return;
    const { url, encoding, headerBytes } = response;
    transfers.push({
      url,
      encoding,
      bytes: event.encodedDataLength,
      bodyBytes: event.encodedDataLength - headerBytes,
    });
  });

  await page.goto(`/learn/enrolments/${enrolmentId}/lessons/${learning.nextLessonId}`);
  await expect(page).toHaveTitle('Lesson · Atölye');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: `Account menu for Zeynep Kaya ${id}` })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
  const scripts = transfers.filter((t) => /\.js(\?|$)/.test(t.url));
  test.info().annotations.push({
    type: 'first visit of a lesson',
    description: `${transfers.length} responses, ${(total / 1000).toFixed(1)} kB transferred`,
  });
  expect(scripts.length).toBeGreaterThan(3);
  // Files under 1 kB are sent as they are (compressing them saves less than it costs).
  for (const script of scripts) {
    if (script.bodyBytes >= 1024) expect(script.encoding, script.url).toMatch(/^(br|gzip)$/);
  }
  expect(total).toBeLessThanOrEqual(LESSON_FIRST_VISIT_BYTES);
});
