import { expect, type Locator, type Page } from '@playwright/test';
import { mailedLink } from './mailbox';

/** The password of every demo account the server seeds for the e2e run. */
export const DEMO_PASSWORD = 'atolye-demo-2026';

export const DEMO = {
  admin: 'admin@atolye.example',
  coordinator: 'coordinator@atolye.example',
  trainer: 'trainer@atolye.example',
  trainee: 'trainee@atolye.example',
} as const;

/**
 * Waits until a dialog has taken focus. Material moves focus into a dialog when its opening
 * animation ends; text typed before then can land in whichever field focus moves to.
 */
export async function settledDialog(dialog: Locator): Promise<Locator> {
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  return dialog;
}

/** A suffix that makes names and emails unique to this run. */
export function unique(): string {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`;
}

/** Fills the sign-in form as a person would (English page) and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/home$/);
}

/** Opens the account menu in the toolbar and signs out. */
export async function signOut(page: Page, menuItem = /sign out|çıkış yap/i): Promise<void> {
  await page.getByRole('button', { name: /account menu|hesap menüsü/i }).click();
  await page.getByRole('menuitem', { name: menuItem }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** The main navigation landmark. */
export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: /main navigation|ana gezinme/i });
}

/**
 * Creates a trainee account through the API as a visitor would (registering, then following the
 * link mailed to confirm the address) and signs it in in this page's browser context.
 */
export async function registerThroughApi(
  page: Page,
  person: { fullName: string; email: string; language: 'en' | 'tr' },
): Promise<void> {
  const options = await page.request.get('/api/organisations/options?q=Umut');
  expect(options.ok()).toBe(true);
  const [organisation] = (await options.json()) as { id: string }[];
  const response = await page.request.post('/api/auth/register', {
    data: { ...person, password: DEMO_PASSWORD, organisationId: organisation.id },
  });
  expect(response.status()).toBe(202);
  const token = new URL(await mailedLink(person.email, '/confirm-email')).searchParams.get('token');
  expect((await page.request.post('/api/auth/register/confirm', { data: { token } })).status()).toBe(204);
  const signedIn = await page.request.post('/api/auth/sign-in', {
    data: { email: person.email, password: DEMO_PASSWORD },
  });
  expect(signedIn.ok()).toBe(true);
}
