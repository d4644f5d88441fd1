import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, unique } from '../support/portal';
import { createPerson, signInAsAdmin } from '../support/seed';

test('a wrong password gets a clear message and no sign-in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO.trainee);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a disabled account is told so in the visitor's language", async ({ page, request }) => {
  await signInAsAdmin(request);
  const email = `leyla.${unique()}@example.org`;
  const { id } = await createPerson(request, { fullName: 'Leyla Demir', email, roles: ['trainee'] });
  expect((await request.put(`/api/people/${id}/disabled`, { data: { disabled: true } })).ok()).toBe(true);

  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'TR, Türkçe' }).click();
  await page.getByLabel('E-posta').fill(email);
  await page.getByLabel('Parola', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();

  // The API answers in English with a code; the portal says it in Turkish.
  await expect(page.getByRole('alert')).toHaveText(
    'Bu hesap devre dışı. Lütfen program yöneticinizle iletişime geçin.',
  );
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a visitor opening the portal meets no failed request and no console error', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') failed.push(message.text());
  });
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await page.goto('/verify');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(failed).toEqual([]);
});
