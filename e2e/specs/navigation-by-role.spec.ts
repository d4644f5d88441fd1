import { expect, test } from '@playwright/test';
import { DEMO, mainNav, signIn } from '../support/portal';

test.describe('navigation by role', () => {
  test('a trainee sees their learning and the catalogue, and no administration', async ({ page }) => {
    await signIn(page, DEMO.trainee);
    await expect(page.getByRole('heading', { name: 'Welcome, Rana Al-Khatib' })).toBeVisible();
    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Profile' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'My learning' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Catalogue' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Organisations' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'People' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Trainings' })).toHaveCount(0);
    // Rana has lessons under way: her home says what to do next rather than send her to the catalogue.
    await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
    await expect(
      page.getByText('Find a training in the catalogue, enrol in one of its sessions and follow its lessons'),
    ).toHaveCount(0);
  });

  test('a trainer (who reads Turkish) sees no administration', async ({ page }) => {
    await signIn(page, DEMO.trainer);
    // The trainer's account is in Turkish: the portal switches to it on signing in.
    await expect(page.getByRole('heading', { name: 'Hoş geldiniz, Murat Güneş' })).toBeVisible();
    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Ana sayfa' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Oturumlarım' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Modüller' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Katalog' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Kuruluşlar' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Kişiler' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Denetim kaydı' })).toHaveCount(0);
  });

  test('a coordinator sees trainings, sessions, modules and organisations, but not people or the audit log', async ({
    page,
  }) => {
    await signIn(page, DEMO.coordinator);
    await expect(page.getByRole('heading', { name: 'Hoş geldiniz, Elif Şahin' })).toBeVisible();
    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Kuruluşlar' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Eğitimler' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Oturumlar', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Modüller' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Kişiler' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Denetim kaydı' })).toHaveCount(0);

    // Typing the address of an administrators' page leads back home.
    await page.goto('/admin/people');
    await expect(page).toHaveURL(/\/home$/);
  });

  test('an administrator sees People, Organisations and the audit log', async ({ page }) => {
    await signIn(page, DEMO.admin);
    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'People' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Organisations' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit log' })).toBeVisible();
  });

  test('a visitor asking for a page is sent to sign in and then brought back to it', async ({ page }) => {
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fprofile$/);
    await page.getByLabel('Email').fill(DEMO.trainee);
    await page.getByLabel('Password', { exact: true }).fill('atolye-demo-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
  });

  test('when the session ends, the next request leads to sign in and back', async ({ page, context }) => {
    await signIn(page, DEMO.admin);
    await context.clearCookies();
    await mainNav(page).getByRole('link', { name: 'Organisations' }).click();
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fadmin%2Forganisations$/);
    await page.getByLabel('Email').fill(DEMO.admin);
    await page.getByLabel('Password', { exact: true }).fill('atolye-demo-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Organisations', level: 1 })).toBeVisible();
  });
});
