import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, mainNav, signIn, unique } from '../support/portal';
import { createPerson, signInAsAdmin } from '../support/seed';

test('an administrator lets a throttled trainee sign in again at once, and the audit log says so', async ({
  page,
  browser,
  baseURL,
  request,
  playwright,
}) => {
  const fullName = `Selin Arslan ${unique()}`;
  const email = `selin.${unique()}@atolye.example`;
  await signInAsAdmin(request);
  const { id } = await createPerson(request, { fullName, email, roles: ['trainee'] });

  // Someone guesses at the account until it is throttled.
  const guesser = await playwright.request.newContext({ baseURL });
  for (let i = 0; i < 5; i++) {
    const guess = await guesser.post('/api/auth/sign-in', { data: { email, password: `guess number ${i}` } });
    expect(guess.status()).toBe(401);
  }
  await guesser.dispose();

  // The trainee, with the right password, is kept out too, and told how to get in.
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Too many attempts. Please wait a few minutes and try again, or reset your password to sign in now.',
  );

  // An administrator sees the throttle on the person's page and lifts it.
  const adminContext = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/Istanbul' });
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto(`/admin/people/${id}`);
  await expect(admin.getByRole('heading', { name: fullName, level: 1 })).toBeVisible();
  await expect(admin.getByRole('status').filter({ hasText: 'Sign-in is paused until' })).toBeVisible();
  await admin.getByRole('button', { name: 'Allow sign-in now' }).click();
  await expect(admin.getByText(`${fullName} can sign in again now.`)).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Allow sign-in now' })).toHaveCount(0);
  await expect(admin.getByText(/Sign-in is paused until/)).toHaveCount(0);

  await mainNav(admin).getByRole('link', { name: 'Audit log' }).click();
  const entry = admin.getByRole('row').filter({ hasText: 'Sign-in unlocked' }).filter({ hasText: fullName });
  await expect(entry).toContainText('Deniz Aydın');
  await adminContext.close();

  // The trainee is let in at the next try.
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { name: `Welcome, ${fullName}` })).toBeVisible();
});
