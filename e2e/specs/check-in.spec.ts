import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, mainNav, signIn, unique } from '../support/portal';
import { createPerson, createRunningSession, signInAsAdmin } from '../support/seed';

const NOW = [{ startMinutes: -20, minutes: 180, topic: 'Opening and the legal framework' }];

test('a trainee types the code on the check-in display and the trainer sees them present', async ({
  page,
  browser,
  request,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const trainee = { fullName: `Dilan Çelik ${run}`, email: `check-in-${run}@example.org` };
  const { id } = await createPerson(request, { ...trainee, roles: ['trainee'] });
  const { session } = await createRunningSession(request, {
    title: `Gaziantep — check-in day ${run}`,
    meetings: NOW,
    personIds: [id],
  });

  await signIn(page, DEMO.trainer);
  await page.goto(`/teach/sessions/${session.id}/attendance`);
  await page.getByRole('link', { name: 'Yoklama kodunu göster' }).click();
  await expect(page.getByRole('heading', { name: 'Bu buluşmanın yoklaması' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Yoklama için QR kodu' })).toBeVisible();
  const shown = (await page.getByText(/^\d{3}\s\d{3}$/).textContent()) ?? '';
  const code = shown.replace(/\s/g, '');
  expect(code).toMatch(/^\d{6}$/);

  // The trainee, on their own phone.
  const phone = await browser.newContext();
  const traineePage = await phone.newPage();
  await signIn(traineePage, trainee.email);
  await mainNav(traineePage).getByRole('link', { name: 'Check in' }).click();
  await traineePage.getByLabel('Check-in code').fill(code);
  await traineePage.getByRole('button', { name: 'Check in' }).click();
  await expect(traineePage.getByRole('heading', { name: 'You are checked in' })).toBeVisible();
  await expect(traineePage.getByText('Recorded as: Present')).toBeVisible();
  await phone.close();

  // Escape leaves the display for the sheet, which shows the check-in.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Yoklama', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: `${trainee.fullName} için durum` })).toContainText(
    'Katıldı',
  );
  await expect(page.getByText('Kodla yoklamaya katıldı')).toBeVisible();
});

test('a signed-out visitor opening the QR link signs in and comes back to be checked in', async ({
  page,
  request,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const trainee = { fullName: `Hasan Demir ${run}`, email: `qr-${run}@example.org` };
  const { id } = await createPerson(request, { ...trainee, roles: ['trainee'] });
  const { session } = await createRunningSession(request, {
    title: `Hatay — QR check-in ${run}`,
    meetings: NOW,
    personIds: [id],
  });
  const meetingId = session.meetings[0].id;
  const response = await request.get(`/api/meetings/${meetingId}/check-in-code`);
  expect(response.ok()).toBe(true);
  const { code } = (await response.json()) as { code: string };

  await page.goto(`/check-in/${meetingId}?code=${code}`);
  await expect(page).toHaveURL(/\/sign-in\?returnUrl=/);
  await page.getByLabel('Email').fill(trainee.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/check-in/${meetingId}\\?code=${code}$`));
  await expect(page.getByRole('heading', { name: 'You are checked in' })).toBeVisible();
  await expect(page.getByText(`Hatay — QR check-in ${run}`)).toBeVisible();
});
