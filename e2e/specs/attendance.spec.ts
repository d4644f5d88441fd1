import { expect, test } from '@playwright/test';
import { DEMO, signIn, unique } from '../support/portal';
import { createPerson, createRunningSession, signInAsAdmin } from '../support/seed';

test('a trainer marks a meeting in bulk with two exceptions, and the marks are kept', async ({
  page,
  request,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const people = ['Zeynep Arslan', 'Omar Haddad', 'Selin Kaya'].map((name) => `${name} ${run}`);
  const ids: string[] = [];
  for (const [i, fullName] of people.entries()) {
    ids.push(
      (
        await createPerson(request, {
          fullName,
          email: `attendance-${i}-${run}@example.org`,
          roles: ['trainee'],
        })
      ).id,
    );
  }
  const title = `Ankara — attendance workshop ${run}`;
  const { session } = await createRunningSession(request, {
    title,
    meetings: [
      { startMinutes: -30, minutes: 180, topic: 'Opening and the legal framework' },
      { startMinutes: 7 * 24 * 60, minutes: 180, topic: 'Protection in practice' },
    ],
    personIds: ids,
  });
  const [zeynep, omar, selin] = people;

  // The demo trainer reads Turkish.
  await signIn(page, DEMO.trainer);
  await page.goto(`/teach/sessions/${session.id}`);
  await page.getByRole('link', { name: 'Yoklama' }).click();
  await expect(page.getByRole('heading', { name: 'Yoklama', level: 1 })).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();
  // The meeting under way is the one opened.
  await expect(page.getByRole('combobox', { name: 'Buluşma' })).toContainText(
    'Opening and the legal framework',
  );

  await page.getByRole('button', { name: 'Herkesi katıldı olarak işaretle' }).click();
  await page.getByRole('combobox', { name: `${omar} için durum` }).click();
  await page.getByRole('option', { name: 'Geç kaldı' }).click();
  await page.getByRole('combobox', { name: `${selin} için durum` }).click();
  await page.getByRole('option', { name: 'Mazeretli' }).click();
  await page.getByRole('textbox', { name: `${selin} için not` }).fill('Sağlık raporu getirdi');
  await page.getByRole('button', { name: 'Bu buluşmayı kaydet' }).click();
  await expect(page.getByText('Yoklama kaydedildi.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: `${zeynep} için durum` })).toContainText('Katıldı');
  await expect(page.getByRole('combobox', { name: `${omar} için durum` })).toContainText('Geç kaldı');
  await expect(page.getByRole('combobox', { name: `${selin} için durum` })).toContainText('Mazeretli');
  await expect(page.getByRole('textbox', { name: `${selin} için not` })).toHaveValue('Sağlık raporu getirdi');
  // Percentages count both planned meetings: one attended of two.
  const grid = page.getByRole('table', { name: 'Her katılımcının her buluşmadaki durumu' });
  await expect(grid.getByRole('row').filter({ hasText: omar })).toContainText('1/2 · %50');
  await expect(grid.getByRole('row').filter({ hasText: selin })).toContainText('0/2 · %0');
  await expect(page.getByRole('button', { name: 'Bu buluşmayı kaydet' })).toBeDisabled();

  // The meeting a week ahead takes only an absence announced in advance.
  await page.getByRole('combobox', { name: 'Buluşma' }).click();
  await page.getByRole('option', { name: /Protection in practice/ }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Bu buluşma henüz başlamadı.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Herkesi katıldı olarak işaretle' })).toBeDisabled();
  await page.getByRole('combobox', { name: `${zeynep} için durum` }).click();
  await expect(page.getByRole('option')).toHaveText(['Mazeretli']);
  await page.getByRole('option', { name: 'Mazeretli' }).click();
  await page.getByRole('textbox', { name: `${zeynep} için not` }).fill('Önceden haber verdi: sınav');
  await page.getByRole('button', { name: 'Bu buluşmayı kaydet' }).click();
  await expect(page.getByText('Yoklama kaydedildi.')).toBeVisible();
});
