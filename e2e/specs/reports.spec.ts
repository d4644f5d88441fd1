import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, mainNav, settledDialog, signIn, unique } from '../support/portal';
import { createPerson, signInAsAdmin } from '../support/seed';

const STATE = /On track|At risk|Off track/;

/** Adds an indicator through the dialog on the indicators page. */
async function addIndicator(
  page: Page,
  indicator: { code: string; title: string; measure: string; target: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Add an indicator' }).click();
  const dialog = await settledDialog(page.getByRole('dialog', { name: 'New indicator' }));
  await dialog.getByLabel('Code').fill(indicator.code);
  await dialog.getByLabel('Title in English').fill(indicator.title);
  await dialog.getByRole('combobox', { name: 'Measure' }).click();
  await page.getByRole('option', { name: indicator.measure, exact: true }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await dialog.getByLabel('Target').fill(indicator.target);
  await dialog.getByLabel('Period start').fill('2020-01-01');
  await dialog.getByLabel('Period end').fill('2030-12-31');
  // The save is awaited on the wire, so a refused one fails here with the API's reason.
  const saved = page.waitForResponse(
    (response) => response.url().endsWith('/api/indicators') && response.request().method() === 'POST',
    { timeout: 15_000 },
  );
  await dialog.getByRole('button', { name: 'Save indicator' }).click();
  const response = await saved.catch(async () => {
    throw new Error(`no save reached the API; the dialog shows: ${await dialog.innerText()}`);
  });
  expect(response.status(), await response.text()).toBe(201);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(indicator.code.replace('.', '\\.')) })).toBeVisible();
}

test.describe('programme reports', () => {
  test('a coordinator sets indicators, reads them on the dashboard, filters by province and downloads', async ({
    page,
    request,
  }) => {
    const suffix = unique().slice(-9);
    const email = `reports-coordinator-${suffix}@atolye.example`;
    await signInAsAdmin(request);
    await createPerson(request, { fullName: 'Deniz Report', email, roles: ['coordinator'] });

    await signIn(page, email);
    await mainNav(page).getByRole('link', { name: 'Reports' }).click();
    await expect(page.getByRole('heading', { name: 'Programme reports', level: 1 })).toBeVisible();

    await page.getByRole('link', { name: 'Manage indicators' }).click();
    await expect(page.getByRole('heading', { name: 'Indicators', level: 1 })).toBeVisible();
    const enrolled = {
      code: `E${suffix}.1`,
      title: `People enrolled ${suffix}`,
      measure: 'People enrolled',
      target: '10',
    };
    const women = {
      code: `E${suffix}.2`,
      title: `Share of women ${suffix}`,
      measure: 'Share of women',
      target: '60',
    };
    await addIndicator(page, enrolled);
    await addIndicator(page, women);

    await page.getByRole('link', { name: 'Programme reports' }).click();
    const indicators = page.getByRole('region', { name: 'Logframe indicators' });
    for (const indicator of [enrolled, women]) {
      const card = indicators.getByRole('listitem').filter({ hasText: indicator.code });
      await expect(card.getByRole('heading', { name: indicator.title })).toBeVisible();
      await expect(card).toContainText(STATE);
      await expect(card).toContainText(`Target ${indicator.target}`);
      await expect(card.getByRole('progressbar')).toBeVisible();
    }
    await expect(indicators.getByRole('listitem').filter({ hasText: women.code })).toContainText(/\d%/);

    // Narrow to one province: the figures become that province's.
    const figures = page.getByRole('region', { name: 'Programme figures' });
    const enrolledFigure = figures.getByText('People enrolled', { exact: true }).locator('xpath=..');
    const provinces = page.getByRole('table', { name: 'People by province' });
    // The first province on record (people without one are counted as "Not known").
    const firstRow = provinces
      .getByRole('row')
      .filter({ hasNot: page.getByRole('rowheader', { name: 'Not known' }) })
      .nth(1);
    const province = (await firstRow.getByRole('rowheader').innerText()).trim();
    const inProvince = (await firstRow.getByRole('cell').innerText()).trim();
    const before = (await enrolledFigure.locator('dd').first().innerText()).trim();
    expect(Number(inProvince)).toBeLessThan(Number(before));
    // Each figure says how it is counted, in the words the API sends.
    await expect(enrolledFigure).toContainText(
      'each counted once; withdrawn and waitlisted people are not counted',
    );
    const attendance = figures.getByText('Average attendance', { exact: true }).locator('xpath=..');
    await expect(attendance).toContainText('meetings still to come are not absences');
    await expect(figures.getByText('Sessions in progress', { exact: true })).toBeVisible();

    await page.getByRole('combobox', { name: 'Province' }).click();
    await page.getByRole('option', { name: province, exact: true }).click();
    await expect(enrolledFigure.locator('dd').first()).toHaveText(inProvince);
    await expect(provinces.getByRole('row')).toHaveCount(2);
    // The filter is in the address: a reload (or a shared link) shows the same figures.
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe(province);
    await page.reload();
    await expect(enrolledFigure.locator('dd').first()).toHaveText(inProvince);
    await expect(page.getByRole('combobox', { name: 'Province' })).toContainText(province);

    const xlsx = page.getByRole('link', { name: 'Excel (XLSX)' });
    await expect(xlsx).toHaveAttribute('href', new RegExp(`province=${encodeURIComponent(province)}`));
    const downloadingXlsx = page.waitForEvent('download');
    await xlsx.click();
    expect((await downloadingXlsx).suggestedFilename()).toBe('programme-report.xlsx');
    // The donor report's language is chosen at download, whatever the portal's own.
    const turkishPdf = page.getByRole('link', { name: 'PDF report in Turkish' });
    await expect(turkishPdf).toHaveAttribute('href', /language=tr/);
    await expect(page.getByRole('link', { name: 'PDF report in English' })).toHaveAttribute(
      'href',
      /language=en/,
    );
    const downloadingPdf = page.waitForEvent('download');
    await turkishPdf.click();
    const pdf = await downloadingPdf;
    expect(pdf.suggestedFilename()).toBe('programme-report.pdf');
    expect(readFileSync((await pdf.path()) as string).toString('latin1')).toContain('/Lang (tr-TR)');
  });

  test('a trainer has no reports in the navigation', async ({ page }) => {
    await signIn(page, DEMO.trainer);
    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Oturumlarım' })).toBeVisible();
    await expect(nav.getByRole('link', { name: /^(Raporlar|Reports)$/ })).toHaveCount(0);
  });
});
