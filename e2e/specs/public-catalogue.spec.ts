import { expect, test } from '@playwright/test';
import { mailedLink } from '../support/mailbox';
import { unique } from '../support/portal';

const TRAINING = 'Working with people in need of international protection';
const SESSION = 'Online cohort — by application';

test('a visitor browses the trainings on offer without an account and applies through registration', async ({
  page,
}) => {
  const id = unique();
  const fullName = `Nour Haddad ${id}`;

  // From the sign-in page, a visitor finds the trainings open for applications.
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'See the trainings open for applications' }).click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Trainings open for applications' }),
  ).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^See the sessions and apply\\s*: ${TRAINING}$`) }).click();

  // The training with its open sessions: places as numbers, nobody's name.
  await expect(page.getByRole('heading', { level: 1, name: TRAINING })).toBeVisible();
  const session = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SESSION }) });
  await expect(session.getByText(/\d+ of 25 left/)).toBeVisible();
  await expect(page.getByText('Murat Güneş')).toHaveCount(0);

  // Applying asks for an account, confirmed by mail, then leads back to that session, ready to enrol.
  await session.getByRole('link', { name: new RegExp(`^Apply\\s*: ${SESSION}$`) }).click();
  await expect(page).toHaveURL(/\/register\?returnUrl=/);
  await page.getByLabel('Full name').fill(fullName);
  await page.getByLabel('Email').fill(`nour.${id}@example.org`);
  await page.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
  await page.getByLabel('Organisation').fill('Kilis Çocuk');
  await page.getByRole('option', { name: /Kilis Çocuk ve Aile Destek Vakfı/ }).click();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText(`We have sent a mail to nour.${id}@example.org`);
  await page.goto(await mailedLink(`nour.${id}@example.org`, '/confirm-email'));
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(`nour.${id}@example.org`);
  await page.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(page).toHaveURL(/\/learn\/catalogue\/[0-9a-f-]+\?session=/);
  const chosen = page.getByRole('listitem').filter({ hasText: 'The session you chose' });
  await expect(chosen.getByRole('heading', { name: SESSION })).toBeFocused();
  await chosen.getByRole('button', { name: `Apply: ${SESSION}` }).click();
  await expect(chosen.getByText('Your request was sent for approval.')).toBeVisible();
});
