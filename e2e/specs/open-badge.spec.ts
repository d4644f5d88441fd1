import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { mainNav, signIn } from '../support/portal';

/** A demo participant of the finished İzmir session, who holds a certificate from the demo data. */
const HOLDER = { email: 'hasan.celik@atolye.example', name: 'Hasan Çelik' };

test('a holder downloads the Open Badge credential; the verification page says valid, and tampered once edited', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, HOLDER.email);
  // Hasan reads the portal in Turkish, as his profile says.
  await mainNav(page).getByRole('link', { name: 'Sertifikalarım' }).click();
  await expect(page.getByRole('heading', { name: 'Sertifikalarım', level: 1 })).toBeVisible();
  await expect(page.getByText(/JSON dosyasını indirip Open Badges 3.0/)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page
    .getByRole('link', { name: /^Dijital rozeti indir \(Open Badge\)/ })
    .first()
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^open-badge-[0-9a-f]{8}\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  const credential = JSON.parse(text);
  expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);

  // Anyone, without signing in, checks the file on the verification page.
  const visitor = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/Istanbul' });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto('/verify');
  await expect(visitorPage.getByRole('heading', { name: 'Check a credential file' })).toBeVisible();
  const upload = visitorPage.getByLabel('Open Badge credential file');
  await upload.setInputFiles({ name: 'badge.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(visitorPage.getByText('Result for the file badge.json')).toBeVisible();
  await expect(visitorPage.getByRole('heading', { name: 'Valid credential' })).toBeVisible();
  await expect(visitorPage.getByRole('status').getByText(HOLDER.name)).toBeVisible();

  // One letter of the name changed in the file: the signature no longer covers what it says.
  const edited = text.replace(
    `"identityHash": "${HOLDER.name}"`,
    `"identityHash": "${HOLDER.name.replace('k', 'q')}"`,
  );
  expect(edited).not.toBe(text);
  await upload.setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(edited),
  });
  await expect(visitorPage.getByText('Result for the file edited.json')).toBeVisible();
  await expect(visitorPage.getByRole('heading', { name: 'Tampered credential' })).toBeVisible();
  await expect(visitorPage.getByText(/something in it was changed after it was signed/)).toBeVisible();

  // A file that is not JSON at all is answered with the reason.
  await upload.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('not json'),
  });
  await expect(visitorPage.getByRole('heading', { name: 'This file is not a credential' })).toBeVisible();
  await expect(visitorPage.getByText(/content: is not JSON/)).toBeVisible();
  await visitor.close();
});
