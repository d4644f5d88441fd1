import { expect, test } from '@playwright/test';
import { mainNav, signIn, unique } from '../support/portal';
import { createPerson, signInAsAdmin } from '../support/seed';

test('a coordinator finds the psychosocial support and referral modules and takes away the Arabic consent form', async ({
  page,
  request,
}) => {
  const id = unique();
  const coordinator = `nilufer.${id}@example.org`;
  await signInAsAdmin(request);
  await createPerson(request, { fullName: `Nilüfer Kaya ${id}`, email: coordinator, roles: ['coordinator'] });

  await signIn(page, coordinator);
  await mainNav(page).getByRole('link', { name: 'Modules' }).click();

  // Both modules are published from content/ with their topics in words.
  await page.getByLabel('Search modules').fill('psychosocial');
  const psychosocial = page.getByRole('link', { name: 'Psychosocial support basics for front-line staff' });
  await expect(psychosocial).toBeVisible();
  await expect(page.getByRole('list', { name: 'Topics' }).first()).toContainText('Psychosocial support');

  await page.getByLabel('Search modules').fill('referral pathways');
  await page.getByRole('link', { name: 'Standard operating procedures and referral pathways' }).click();
  await expect(
    page.getByRole('heading', { name: 'Standard operating procedures and referral pathways', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Case management', { exact: false }).first()).toBeVisible();

  // The consent lesson states when its facts were checked and offers the forms to download.
  await page
    .getByRole('link', { name: 'Safe referral with consent and case management basics' })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { name: 'Safe referral with consent and case management basics', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText(/Facts checked on/)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Informed consent for referral — Arabic (Word)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('referral-consent.ar.docx');

  // Read in Turkish, the same lesson links the Turkish referral form.
  await page.getByRole('button', { name: 'Read in Türkçe' }).click();
  await expect(
    page.getByRole('heading', {
      name: 'Rızaya dayalı güvenli yönlendirme ve vaka yönetiminin temelleri',
      level: 1,
    }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Yönlendirme formu — Türkçe (Word)' })).toBeVisible();
});
