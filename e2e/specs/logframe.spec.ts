import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { mainNav, settledDialog, signIn, unique } from '../support/portal';
import { createPerson, signInAsAdmin } from '../support/seed';

const MINUTES = Buffer.from('%PDF-1.4\n% Protocol signed with the Şanlıurfa directorate\n%%EOF\n');

test.describe('the programme logframe', () => {
  test('a coordinator edits an indicator, enters a value with its evidence, downloads the matrix and reads it in Turkish', async ({
    page,
    request,
  }) => {
    const suffix = unique().slice(-9);
    const email = `logframe-coordinator-${suffix}@atolye.example`;
    await signInAsAdmin(request);
    await createPerson(request, { fullName: 'Aylin Logframe', email, roles: ['coordinator'] });
    await signIn(page, email);

    await mainNav(page).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('link', { name: 'Logframe' }).click();
    await expect(page.getByRole('heading', { name: 'Logframe', level: 1 })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /Strengthened capacity of civil society organisations/ }),
    ).toBeVisible();

    // Every figure the tree shows comes with its definition.
    const definitions = page.getByRole('region', { name: 'Definitions of the figures' });
    await expect(definitions).toContainText('Study visit participants');
    await expect(definitions).toContainText('Value entered with evidence');

    // The demo's second specific objective has one indicator measured by hand: its target goes up.
    await page.getByRole('button', { name: 'Edit indicator SO2-1' }).click();
    const dialog = await settledDialog(page.getByRole('dialog', { name: 'Edit indicator SO2-1' }));
    await dialog.getByLabel('Target value').fill(`${9}`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: /SO2-1 Joint referral protocols/ });
    await expect(row.getByRole('cell').nth(2)).toHaveText('9 (2027)');

    await row.getByRole('link', { name: /SO2-1 Joint referral protocols/ }).click();
    await expect(
      page.getByRole('heading', { name: /SO2-1 Joint referral protocols/, level: 1 }),
    ).toBeVisible();
    await expect(page.getByTestId('current-value')).toHaveText('4');
    await page.getByLabel('Reporting period from').fill('2026-10-01');
    await page.getByLabel('Reporting period to').fill('2026-11-30');
    await page.getByLabel('Value', { exact: true }).fill('5');
    await page.getByLabel('Source', { exact: true }).fill(`Protocol signed in Şanlıurfa, November ${suffix}`);
    await page.getByLabel('Evidence file').setInputFiles({
      name: 'protocol-sanliurfa.pdf',
      mimeType: 'application/pdf',
      buffer: MINUTES,
    });
    await page.getByRole('button', { name: 'Save value' }).click();
    const entered = page.getByRole('row', { name: new RegExp(`November ${suffix}`) });
    await expect(entered).toContainText('Aylin Logframe');
    await expect(page.getByTestId('current-value')).toHaveText('5');
    const downloadingEvidence = page.waitForEvent('download');
    await entered.getByRole('link', { name: 'protocol-sanliurfa.pdf' }).click();
    const evidence = await downloadingEvidence;
    expect(evidence.suggestedFilename()).toBe('protocol-sanliurfa.pdf');
    expect(readFileSync((await evidence.path()) as string)).toEqual(MINUTES);

    await page.getByRole('link', { name: 'Logframe' }).click();
    const downloadingXlsx = page.waitForEvent('download');
    await page.getByRole('link', { name: 'XLSX (English)' }).click();
    const xlsx = await downloadingXlsx;
    expect(xlsx.suggestedFilename()).toBe('logframe.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path()) as string);
    const sheet = workbook.getWorksheet('Logframe');
    const cells = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1).map(String);
    expect(cells(3)[0]).toBe('Intervention logic');
    const so2 = [...Array(sheet?.rowCount ?? 0).keys()]
      .map((i) => cells(i + 1))
      .find((r) => r[1]?.startsWith('SO2-1 Joint referral protocols'));
    expect(so2?.slice(2, 5)).toEqual(['2 (2025)', '9 (2027)', '5']);

    await page.getByRole('button', { name: 'TR, Türkçe' }).click();
    await expect(page.getByRole('heading', { name: 'Mantıksal çerçeve', level: 1 })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /Türkiye’de sivil toplum kuruluşlarının mülteci ve göçmenlerin/ }),
    ).toBeVisible();
    await expect(page.getByText('Genel hedef', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'XLSX (Türkçe)' })).toHaveAttribute('href', /language=tr/);
  });
});
