import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, signIn, unique } from '../support/portal';
import { mailedLink } from '../support/mailbox';
import { createPerson, signInAsAdmin } from '../support/seed';

test('a trainee who forgot their password sets a new one from the mailed link', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const email = `derya.${unique()}@atolye.example`;
  const newPassword = 'a new and long passphrase';
  await signInAsAdmin(request);
  await createPerson(request, { fullName: 'Derya Kaplan', email, roles: ['trainee'] });

  // The trainee asks for a link from the sign-in page.
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status').filter({ hasText: email })).toHaveText(
    `If an account uses ${email}, a link to choose a new password is on its way.`,
  );

  // The link arrives in the trainee's mailbox.
  const href = await mailedLink(email, '/reset-password');
  expect(href).toMatch(/\/reset-password\?token=[A-Za-z0-9_-]{43}$/);

  // An administrator reading the outbox sees the mail, but not a link that would let them in.
  const adminContext = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/Istanbul' });
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await admin
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Mail outbox' })
    .click();
  await expect(admin.getByRole('heading', { name: 'Mail outbox', level: 1 })).toBeVisible();
  await admin.getByLabel('Search by recipient').fill(email);
  await admin.getByRole('link', { name: 'Reset your Atölye password' }).click();
  await expect(admin.getByRole('heading', { name: 'Reset your Atölye password', level: 1 })).toBeVisible();
  await expect(admin.getByText('Dear Derya Kaplan,')).toBeVisible();
  await expect(admin.getByText(/so it is hidden here/)).toBeVisible();
  await expect(admin.getByText(/\/reset-password\?token=••••••••/)).toBeVisible();
  await expect(admin.getByRole('link', { name: /\/reset-password/ })).toHaveCount(0);
  const token = new URL(href).searchParams.get('token') as string;
  await expect(admin.locator('body')).not.toContainText(token);
  await adminContext.close();

  // The trainee follows the link and chooses a new password; mismatches are shown by field.
  await page.goto(href);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Repeat the new password', { exact: true }).fill('something else entirely');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByText('The passwords do not match.')).toBeVisible();
  await page.getByLabel('Repeat the new password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?passwordReset=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'new password' })).toHaveText(
    'Your new password is set. Sign in with it.',
  );

  // The old password no longer works; the new one does.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await page.getByLabel('Password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { name: 'Welcome, Derya Kaplan' })).toBeVisible();

  // The link works once.
  const again = await request.post('/api/auth/password-reset/confirm', {
    data: { token, password: 'yet another long passphrase' },
  });
  expect(again.status()).toBe(410);
});
