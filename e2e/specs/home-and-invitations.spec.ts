import { expect, test } from '@playwright/test';
import { mailedLink, mailsTo } from '../support/mailbox';
import { DEMO, signIn, unique } from '../support/portal';
import { createPerson, createRunningSession, signInAsAdmin } from '../support/seed';

test('a trainee’s home shows today’s meeting with its check-in and the lesson to continue', async ({
  page,
  request,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const trainee = { fullName: `Rana Al-Khatib ${run}`, email: `home-${run}@example.org` };
  const { id } = await createPerson(request, { ...trainee, roles: ['trainee'] });
  const { session } = await createRunningSession(request, {
    title: `Gaziantep — home ${run}`,
    meetings: [
      { startMinutes: -20, minutes: 180, topic: 'Opening and the legal framework' },
      { startMinutes: 7 * 24 * 60, minutes: 180, topic: 'Protection in practice' },
    ],
    personIds: [id],
  });

  await signIn(page, trainee.email);
  await expect(page.getByRole('heading', { name: `Welcome, ${trainee.fullName}` })).toBeVisible();
  const today = page.locator('li').filter({ hasText: session.title }).first();
  await expect(today).toContainText('Opening and the legal framework');
  await expect(page.getByRole('heading', { name: 'Today', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();

  await page.getByRole('link', { name: 'Read the lesson' }).first().click();
  await expect(page).toHaveURL(/\/learn\/enrolments\/[0-9a-f-]+\/lessons\/[0-9a-f-]+$/);
  await page.goBack();

  await today.getByRole('link', { name: 'Check in' }).click();
  await expect(page).toHaveURL(new RegExp(`/check-in/${session.meetings[0].id}$`));
});

test('an account an administrator opens is invited by mail and sets its own password', async ({
  page,
  request,
  browser,
}) => {
  const run = unique();
  const invitee = { fullName: `Zeynep Arslan ${run}`, email: `invited-${run}@example.org` };

  // The administrator opens the account on the People page and sends the invitation again.
  await signIn(page, DEMO.admin);
  await signInAsAdmin(request);
  const { id } = await createPerson(request, { ...invitee, roles: ['trainee'], language: 'tr' });
  await page.goto(`/admin/people/${id}`);
  await page.getByRole('button', { name: 'Send the invitation again' }).click();
  await expect(page.getByText(`An invitation is on its way to ${invitee.email}.`)).toBeVisible();
  await expect.poll(() => mailsTo(invitee.email).length).toBe(2);
  // In the invitee's language, each with a link of its own.
  for (const mail of mailsTo(invitee.email)) expect(mail.text).toContain('7 gün geçerlidir');

  // The invitee follows the newest link and chooses a password.
  const link = await mailedLink(invitee.email, '/reset-password');
  const context = await browser.newContext();
  const own = await context.newPage();
  await own.goto(link);
  await own.getByLabel('New password', { exact: true }).fill('a password of my own 2026');
  await own.getByLabel('Repeat the new password', { exact: true }).fill('a password of my own 2026');
  await own.getByRole('button', { name: 'Set the new password' }).click();
  await expect(own).toHaveURL(/\/sign-in\?passwordReset=1$/);
  await signIn(own, invitee.email, 'a password of my own 2026');
  await expect(own.getByRole('heading', { name: `Hoş geldiniz, ${invitee.fullName}` })).toBeVisible();
  await context.close();
});
