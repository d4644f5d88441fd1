import { expect, test } from '@playwright/test';
import { mailedLink } from '../support/mailbox';
import { mainNav, signIn, signOut, unique } from '../support/portal';

test('a visitor registers as a trainee, confirms the address from the mail, signs in, out and in again', async ({
  page,
}) => {
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

  // Nobody is signed in yet: the address is confirmed by mail first.
  await expect(page.getByRole('status')).toHaveText(
    `We have sent a mail to ${email}. Open the link in it to confirm your address; your account opens then. If the address already has an account, the mail says so instead.`,
  );
  await expect(page).toHaveURL(/\/register$/);

  const link = await mailedLink(email, '/confirm-email');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Confirm your address' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    'Your address is confirmed and your account is open. Sign in with your email address and the password you chose.',
  );
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

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

test('a confirmation link that was already used says so and offers the way on', async ({ page, request }) => {
  const id = unique();
  const email = `kemal.${id}@example.org`;
  const options = await request.get('/api/organisations/options?q=Umut');
  const [organisation] = (await options.json()) as { id: string }[];
  const registered = await request.post('/api/auth/register', {
    data: {
      fullName: `Kemal Aksoy ${id}`,
      email,
      password: 'a long enough passphrase',
      organisationId: organisation.id,
      language: 'en',
    },
  });
  expect(registered.status()).toBe(202);
  const link = await mailedLink(email, '/confirm-email');
  await page.goto(link);
  await expect(page.getByRole('status')).toContainText('Your address is confirmed');
  await page.goto(link);
  await expect(page.getByRole('alert')).toHaveText(
    'This link cannot be used: it is incomplete, has expired or was already used. If your account is already open, sign in; otherwise register again.',
  );
  await expect(page.getByRole('link', { name: 'Register again' })).toBeVisible();
});
