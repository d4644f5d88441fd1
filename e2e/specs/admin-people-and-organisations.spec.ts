import { expect, test } from '@playwright/test';
import { DEMO, mainNav, signIn, unique } from '../support/portal';

test('an administrator adds an organisation and a person, changes the role, and the audit log shows it', async ({
  page,
}) => {
  const id = unique();
  const organisationName = `Hatay Dayanışma Ağı ${id}`;
  const personName = `Ayşe Yılmaz ${id}`;
  const email = `ayse.${id}@example.org`;

  await signIn(page, DEMO.admin);

  // A new organisation.
  await mainNav(page).getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('link', { name: 'New organisation' }).click();
  await page.getByLabel('Name', { exact: true }).fill(organisationName);
  await page.getByLabel('Type').click();
  await page.getByRole('option', { name: 'Civil-society organisation' }).click();
  await page.getByLabel('Country code').fill('TR');
  await page.getByLabel('Province or region').fill('Hatay');
  await page.getByRole('combobox', { name: 'Thematic areas' }).click();
  await page.getByRole('option', { name: 'Legal aid and counselling' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox', { name: 'Thematic areas' })).toContainText(
    'Legal aid and counselling',
  );
  await page.getByLabel('Website').fill('https://hatay-dayanisma.example.org');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page).toHaveURL(/\/admin\/organisations$/);
  await page.getByLabel('Search organisations').fill(organisationName);
  await expect(page.getByRole('link', { name: organisationName })).toBeVisible();

  // A new person in that organisation, first as a trainee.
  await mainNav(page).getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: 'New person' }).click();
  await page.getByLabel('Full name').fill(personName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('First password').fill('a first password for Ayşe');
  await expect(page.getByRole('checkbox', { name: 'Trainee' })).toBeChecked();
  await page.getByLabel('Organisation').fill(`Dayanışma Ağı ${id}`);
  await page.getByRole('option', { name: new RegExp(organisationName) }).click();
  await page.getByRole('button', { name: 'Create person' }).click();

  await expect(page.getByRole('heading', { name: personName, level: 1 })).toBeVisible();
  await expect(page.getByText(organisationName, { exact: true })).toBeVisible();

  // Trainee → trainer.
  await page.getByRole('checkbox', { name: 'Trainee' }).uncheck();
  await page.getByRole('checkbox', { name: 'Trainer' }).check();
  await page.getByRole('button', { name: 'Save roles' }).click();
  await expect(page.getByText(`The roles of ${personName} were saved.`)).toBeVisible();

  // The list finds the person with the new role.
  await page.getByRole('link', { name: 'All people' }).click();
  await page.getByLabel('Search people').fill(email);
  const personRow = page.getByRole('row').filter({ hasText: email });
  await expect(personRow).toContainText('Trainer');

  // The audit log names each change.
  await mainNav(page).getByRole('link', { name: 'Audit log' }).click();
  await expect(
    page.getByRole('row').filter({ hasText: 'Organisation added' }).filter({ hasText: organisationName }),
  ).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'Account opened' }).filter({ hasText: personName }),
  ).toBeVisible();
  const rolesRow = page.getByRole('row').filter({ hasText: 'Roles changed' }).filter({ hasText: personName });
  await expect(rolesRow).toContainText('Deniz Aydın');
  await expect(rolesRow).toContainText('Trainee');
  await expect(rolesRow).toContainText('Trainer');
});

test('an organisation with a name already taken is refused next to the name', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/admin/organisations/new');
  await page.getByLabel('Name', { exact: true }).fill('Umut Köprüsü Derneği');
  await page.getByLabel('Province or region').fill('Gaziantep');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /already/i })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/organisations\/new$/);
});
