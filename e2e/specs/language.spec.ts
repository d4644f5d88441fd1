import { expect, test } from '@playwright/test';
import { registerThroughApi, unique } from '../support/portal';

test.describe('language', () => {
  test('a visitor switches to Turkish and it stays after a reload', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

    await page.getByRole('button', { name: 'TR, Türkçe' }).click();
    await expect(page.getByRole('heading', { name: 'Giriş yap' })).toBeVisible();
    await expect(page.getByLabel('E-posta')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Giriş yap' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'TR, Türkçe' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'EN, English' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  test("a signed-in person's choice is kept on their account", async ({ page }) => {
    const id = unique();
    const fullName = `Omar Haddad ${id}`;
    await registerThroughApi(page, { fullName, email: `omar.${id}@example.org`, language: 'en' });

    await page.goto('/home');
    await expect(page.getByRole('heading', { name: `Welcome, ${fullName}` })).toBeVisible();

    await page.getByRole('button', { name: 'TR, Türkçe' }).click();
    await expect(page.getByRole('heading', { name: `Hoş geldiniz, ${fullName}` })).toBeVisible();
    await expect(
      page.getByText('Katalogda bir eğitim bulun, oturumlarından birine kaydolun ve derslerini'),
    ).toBeVisible();

    // Not just this browser's memory: the account itself now says Turkish.
    await expect
      .poll(
        async () =>
          ((await (await page.request.get('/api/auth/me')).json()) as { language: string }).language,
      )
      .toBe('tr');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { name: `Hoş geldiniz, ${fullName}` })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  });
});

test.describe('switching languages quickly', () => {
  test('the last language chosen stays, even when the account answers the earlier choice late', async ({
    page,
  }) => {
    const id = unique();
    const fullName = `Lina Mansour ${id}`;
    await registerThroughApi(page, { fullName, email: `lina.${id}@example.org`, language: 'en' });
    await page.goto('/learn/enrolments');
    await expect(page.getByRole('heading', { name: 'My learning', level: 1 })).toBeVisible();

    // The account's answer to saving Turkish is held back until English has been chosen, as on
    // a slow or loaded connection.
    let releaseTurkish: () => void = () => undefined;
    const turkishHeld = new Promise<void>((resolve) => (releaseTurkish = resolve));
    await page.route('**/api/me', async (route) => {
      const body = route.request().postDataJSON() as { language?: string } | null;
      if (body?.language === 'tr') await turkishHeld;
      await route.continue();
    });

    await page.getByRole('button', { name: 'TR, Türkçe' }).click();
    await expect(page).toHaveTitle('Eğitimlerim · Atölye');
    await page.getByRole('button', { name: 'EN, English' }).click();
    await expect(page).toHaveTitle('My learning · Atölye');
    releaseTurkish();

    // The late answer changes nothing on the page, and the account ends with the last choice.
    await expect
      .poll(
        async () =>
          ((await (await page.request.get('/api/auth/me')).json()) as { language: string }).language,
      )
      .toBe('en');
    await expect(page).toHaveTitle('My learning · Atölye');
    await expect(page.getByRole('heading', { name: 'My learning', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'EN, English' })).toHaveAttribute('aria-pressed', 'true');
  });
});
