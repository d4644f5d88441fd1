import { expect, test } from '@playwright/test';
import { DEMO, signIn, unique } from '../support/portal';
import { createPerson, createRunningSession, signInAsAdmin } from '../support/seed';

test('a coordinator sets a post-test deadline on the session page; the trainee sees it on home and the quiz list', async ({
  page,
  request,
  browser,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const trainee = { fullName: `Elif Yıldız ${run}`, email: `deadline-${run}@example.org` };
  const { id } = await createPerson(request, { ...trainee, roles: ['trainee'] });
  const { session, enrolmentIds } = await createRunningSession(request, {
    title: `Gaziantep — deadlines ${run}`,
    meetings: [{ startMinutes: 7 * 24 * 60, minutes: 180, topic: 'The legal framework' }],
    personIds: [id],
  });

  // The coordinator (who reads Turkish) closes the legal framework post-test on 15 January 2027
  // at 16:30 Istanbul time.
  await signIn(page, DEMO.coordinator);
  await page.goto(`/coordinate/sessions/${session.id}`);
  await expect(page.getByRole('heading', { name: 'Test son tarihleri' })).toBeVisible();
  await expect(page.getByText(/oturumun saatine göre \(İstanbul saati\)/)).toBeVisible();
  const row = page
    .getByRole('listitem')
    .filter({ hasText: 'Son test — Uluslararası koruma: hukuki çerçeve' });
  await row.getByLabel('Kapanış tarihi').fill('15.01.2027');
  await row.getByLabel('Saat', { exact: true }).fill('16:30');
  await page.getByRole('button', { name: 'Son tarihleri kaydet' }).click();
  await expect(page.getByText('Test son tarihleri kaydedildi.')).toBeVisible();
  const stored = await (await request.get(`/api/sessions/${session.id}/quiz-deadlines`)).json();
  expect(
    stored.quizzes
      .filter((q: { closesAt: string | null }) => q.closesAt)
      .map((q: { moduleSlug: string; closesAt: string }) => [q.moduleSlug, q.closesAt]),
  ).toEqual([['international-protection-legal-framework', '2027-01-15T13:30:00.000Z']]);

  // The trainee sees it, in the session's zone and named, first among the tests to take.
  const context = await browser.newContext();
  const own = await context.newPage();
  await signIn(own, trainee.email);
  await expect(own.getByRole('heading', { name: `Welcome, ${trainee.fullName}` })).toBeVisible();
  const tests = own.getByRole('heading', { name: 'Tests to take' }).locator('xpath=following-sibling::ul[1]');
  await expect(tests.getByRole('listitem').first()).toContainText(
    'Post-test — International protection: the legal framework',
  );
  await expect(tests.getByRole('listitem').first()).toContainText(
    'closes on 15 Jan 2027, 16:30 (Istanbul time)',
  );

  await own.goto(`/learn/enrolments/${enrolmentIds[0]}`);
  const quiz = own
    .getByRole('listitem')
    .filter({ hasText: 'Post-test — International protection: the legal framework' });
  await expect(quiz.getByText('Closes on 15 Jan 2027, 16:30 (Istanbul time)')).toBeVisible();
  await context.close();
});
