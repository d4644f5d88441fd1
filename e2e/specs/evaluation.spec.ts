import { expect, test } from '@playwright/test';
import { DEMO, signIn, signOut, unique } from '../support/portal';
import { createPerson, createRunningSession, signInAsAdmin } from '../support/seed';

const DAY = 24 * 60;

test('a trainee evaluates a finished session and the trainer sees the averages', async ({
  page,
  request,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const trainee = { fullName: `Ayşe Güler ${run}`, email: `evaluation-${run}@example.org` };
  const { id } = await createPerson(request, { ...trainee, roles: ['trainee'] });
  const title = `Mersin — finished seminar ${run}`;
  const { session } = await createRunningSession(request, {
    title,
    meetings: [
      { startMinutes: -3 * DAY, minutes: 180, topic: 'Opening and the legal framework' },
      { startMinutes: -2 * DAY, minutes: 180, topic: 'Protection in practice' },
    ],
    personIds: [id],
  });

  await signIn(page, trainee.email);
  await page.goto('/learn/enrolments');
  const card = page.getByRole('listitem').filter({ hasText: title });
  await card.getByRole('link', { name: 'Evaluate this session' }).click();
  await expect(page.getByRole('heading', { name: 'Evaluate the session', level: 1 })).toBeVisible();

  const ratings = {
    'How relevant was the training to your work?': '5 out of 5',
    'How would you rate the trainer(s)?': '4 out of 5',
    'How useful were the materials?': '3 out of 5',
    'How well was the session organised?': '4 out of 5',
  };
  for (const [question, rating] of Object.entries(ratings)) {
    await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: rating }).check();
  }
  await page.getByLabel('Comments (optional)').fill('Case studies from Hatay were the most useful part.');
  await page.getByRole('button', { name: 'Submit evaluation' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();

  await page.goto('/learn/enrolments');
  await expect(card.getByText('You evaluated this session')).toBeVisible();
  await signOut(page);

  // The trainer reads Turkish: decimals with a comma.
  await signIn(page, DEMO.trainer);
  await page.goto(`/teach/sessions/${session.id}`);
  await page.getByRole('link', { name: 'Değerlendirmeler' }).click();
  await expect(page.getByRole('heading', { name: 'Değerlendirmeler', level: 1 })).toBeVisible();
  await expect(page.getByText('1 katılımcıdan 1 kişi yanıtladı')).toBeVisible();
  const averages = page.getByRole('definition');
  await expect(averages.nth(0)).toContainText('5,0 / 5');
  await expect(averages.nth(1)).toContainText('4,0 / 5');
  await expect(averages.nth(2)).toContainText('3,0 / 5');
  await expect(page.getByText('Case studies from Hatay were the most useful part.')).toBeVisible();
  await expect(page.getByText(trainee.fullName)).toBeVisible();
});
