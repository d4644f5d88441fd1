import { expect, test } from '@playwright/test';
import { mainNav, signIn, signOut, unique } from '../support/portal';

test('a visitor registers as a trainee, signs out and signs in again', async ({ page }) => {
  const id = unique();
  const fullName = `Leyla Demir ${id}`;
  const email = `leyla.${id}@example.org`;
  const password = 'a long enough passphrase';

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { name: 'Create an account' })).toBeVisible();

  await page.getByLabel('Full name').fill(fullName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Organisation').fill('Mersin');
  await page.getByRole('option', { name: /Mersin Göç ve Kalkınma Derneği/ }).click();
  await expect(page.getByLabel('Organisation')).toHaveValue('Mersin Göç ve Kalkınma Derneği');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { name: `Welcome, ${fullName}` })).toBeVisible();
  await expect(page.getByText('Trainee', { exact: true })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Organisations' })).toHaveCount(0);

  await signOut(page);
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { name: `Welcome, ${fullName}` })).toBeVisible();
});

test('registration explains what is missing', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByText('This field is required.').first()).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);
});
