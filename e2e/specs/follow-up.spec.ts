import { expect, test } from '@playwright/test';
import { DEMO, signIn, signOut, unique } from '../support/portal';
import { createPerson, createRunningSession, signInAsAdmin } from '../support/seed';

const DAY = 24 * 60;

test('a trainee answers the 3-month follow-up from the home page and the coordinator reads the outcome', async ({
  page,
  request,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const trainee = { fullName: `Derya Aksoy ${run}`, email: `follow-up-${run}@example.org` };
  const { id } = await createPerson(request, { ...trainee, roles: ['trainee'] });
  // Ended 96 days ago: the 3-month wave opened a few days ago and is open for 30 days.
  const title = `Mersin — winter course ${run}`;
  const { session, enrolmentIds } = await createRunningSession(request, {
    title,
    meetings: [{ startMinutes: -96 * DAY, minutes: 180, topic: 'Referral pathways' }],
    personIds: [id],
  });
  const marked = await request.put(`/api/meetings/${session.meetings[0].id}/attendance`, {
    data: { marks: [{ enrolmentId: enrolmentIds[0], status: 'present' }] },
  });
  expect(marked.ok()).toBe(true);

  await signIn(page, trainee.email);
  await expect(page.getByRole('heading', { name: 'Follow-up surveys', level: 3 })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: title }).filter({ hasText: '3 months on' });
  await item.getByRole('link', { name: 'Answer the survey' }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/follow-up/${enrolmentIds[0]}$`));
  await expect(page.getByRole('heading', { name: 'Follow-up survey', level: 1 })).toBeVisible();

  // The one required question left empty is named before anything is sent.
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Please choose an answer.' })).toBeVisible();

  await page
    .getByRole('radiogroup', { name: 'Have you used what you learned?' })
    .getByRole('radio', { name: 'Partly' })
    .check();
  await page
    .getByRole('textbox', { name: 'How?' })
    .fill('We now refer cases to the bar association’s legal aid desk.');
  await page.getByRole('checkbox', { name: 'Partnerships and referrals' }).check();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();

  await page.goto('/home');
  await expect(page.getByRole('heading', { name: `Welcome, ${trainee.fullName}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Evaluations waiting for you' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '3 months on' })).toHaveCount(0);
  await signOut(page);

  // The demo coordinator reads Turkish: the percentage sign before the number, a decimal comma.
  await signIn(page, DEMO.coordinator);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'İzleme sonuçları', level: 2 })).toBeVisible();
  const used = page.locator('[data-figure="follow_up_used_3m"]');
  await expect(used.getByRole('term')).toHaveText('Öğrendiğini kullanan (3 ay)');
  await expect(used.getByRole('definition').first()).toHaveText(/^%\d+(,\d)?$/);
  await expect(used).toContainText('“evet” ya da “kısmen” diyenlerin yüzdesi');
  await expect(page.locator('[data-figure="follow_up_response_rate_3"]').getByRole('term')).toHaveText(
    'Yanıt oranı (3 ay)',
  );
});
