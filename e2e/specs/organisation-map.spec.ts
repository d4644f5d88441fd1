import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mainNav, signIn, unique } from '../support/portal';
import { createPerson, signInAsAdmin } from '../support/seed';

test('a coordinator filters the organisation map by province and thematic area, and exports what it shows', async ({
  page,
  request,
}) => {
  const email = `map-coordinator-${unique()}@example.org`;
  await signInAsAdmin(request);
  await createPerson(request, { fullName: 'Burcu Aksoy', email, roles: ['coordinator'] });
  await signIn(page, email);

  await mainNav(page).getByRole('link', { name: 'Organisation map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation map' })).toBeVisible();
  // The demo maps the region: at least five organisations work in Hatay, in the table as on the map.
  const table = page.getByRole('table', { name: 'Organisations by province of work' });
  const hatayRow = table.getByRole('row', { name: /^Hatay \d+ / });
  const count = Number((await hatayRow.getByRole('cell').first().textContent())?.trim());
  expect(count).toBeGreaterThanOrEqual(5);

  // The map is usable from the keyboard: Hatay is a button in the tab order; Enter picks it.
  const hatay = page.getByRole('button', { name: `Hatay: ${count} organisations. Show only these` });
  await expect(hatay).toHaveAttribute('tabindex', '0');
  await hatay.focus();
  await page.keyboard.press('Enter');
  const total = page.getByRole('status').filter({ hasText: 'Organisations matching' });
  await expect(total).toHaveText(`Organisations matching: ${count}`);
  await expect(hatay).toHaveAttribute('aria-pressed', 'true');
  const list = page.getByRole('table', { name: 'Organisations', exact: true });
  await expect(list.getByRole('link', { name: 'Hatay Barosu' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Umut Köprüsü Derneği' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Thematic area' }).click();
  await page.getByRole('option', { name: 'International protection and asylum' }).click();
  await expect(total).toHaveText('Organisations matching: 1');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('link', { name: 'Hatay Barosu' })).toBeVisible();

  // The export holds the filtered organisations with their whole profile.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export to Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('organisation-map.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('Organisations');
  expect(sheet?.rowCount).toBe(2);
  const header = (sheet?.getRow(1).values as string[]).slice(1);
  const row = (sheet?.getRow(2).values as unknown[]).slice(1);
  expect(row[0]).toBe('Hatay Barosu');
  expect(row[header.indexOf('Contact person / İletişim kişisi')]).toBe('Av. Cem Aksoy');
  expect(row[header.indexOf('Staff women / Kadın çalışan')]).toBe(6);
});
