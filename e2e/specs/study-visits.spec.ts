import { expect, test } from '@playwright/test';
import { DEMO, mainNav, signIn, unique } from '../support/portal';

const VISIT = 'Study visit: reception and legal aid in Brussels';

test('a coordinator reads the Brussels visit with its reports, and records a workshop with a speaker', async ({
  page,
}) => {
  await signIn(page, DEMO.coordinator);
  await mainNav(page).getByRole('link', { name: 'Çalışma ziyaretleri ve çalıştaylar' }).click();
  const visitRow = page.getByRole('row').filter({ hasText: VISIT });
  await expect(visitRow).toContainText('Maison des Droits des Réfugiés');
  await expect(visitRow).toContainText('Belçika');
  await visitRow.getByRole('link', { name: VISIT }).click();
  await expect(page.getByRole('heading', { level: 1, name: VISIT })).toBeVisible();
  await expect(page.getByText(/6 katılımcıdan \d kişi rapor verdi\./)).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Zeynep Arslan' })).toContainText(
    'A shared intake form with the Kilis municipality',
  );
  const actions = page.getByRole('group', { name: /izleme eylemi/ });
  await expect(actions).toHaveCount(3);

  // A new workshop with one speaker and one participant.
  await page.getByRole('link', { name: 'Listeye dön' }).click();
  await page.getByRole('link', { name: 'Yeni çalışma ziyareti veya çalıştay' }).click();
  await page.getByRole('combobox', { name: 'Tür' }).click();
  await page.getByRole('option', { name: 'Çalıştay' }).click();
  const title = `Çalıştay: yerel yönetimlerle savunuculuk ${unique()}`;
  await page.getByRole('textbox', { name: 'Başlık' }).fill(title);
  await page.getByRole('textbox', { name: 'İlk gün' }).fill('11.02.2027');
  await page.getByRole('textbox', { name: 'Son gün' }).fill('11.02.2027');
  await page.getByRole('textbox', { name: 'Şehir' }).fill('Şanlıurfa');
  await page.getByRole('textbox', { name: 'Ülke' }).fill('TR');
  await page.getByRole('button', { name: 'Konuşmacı ekle' }).click();
  await page.getByRole('textbox', { name: 'Konuşmacının adı' }).fill('Av. Nilüfer Kaya');
  await page.getByRole('combobox', { name: 'Cinsiyet' }).click();
  await page.getByRole('option', { name: 'Kadın' }).click();
  await page.getByRole('combobox', { name: 'Katılımcı ekle' }).fill('Rana');
  // Other specs register people named Rana too: the demo's Rana is the one with her organisation.
  await page.getByRole('option', { name: /^Rana Al-Khatib · / }).click();
  await expect(page.getByRole('list', { name: 'Katılımcılar' })).toContainText('Rana Al-Khatib');
  await page.getByRole('button', { name: 'Kaydet', exact: true }).click();
  await expect(page.getByText(`“${title}” kaydedildi.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The figures: the demo visit's six participants from four organisations.
  await page.goto('/reports/programme-events');
  const visits = page.getByTestId('studyVisits');
  await expect(visits.getByRole('row', { name: 'Katılımcılar' })).toContainText('6');
  await expect(page.getByText('Katılımcı olarak kaydedilmiş farklı kişiler')).toBeVisible();
});

test('a participant finds the visit in their list and writes a short report', async ({ page }) => {
  await signIn(page, DEMO.trainee);
  await mainNav(page).getByRole('link', { name: 'My study visits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My study visits and workshops' })).toBeVisible();
  const visit = page.locator('mat-card').filter({ hasText: VISIT });
  await expect(visit).toContainText("Hosted by Maison des Droits des Réfugiés, CPAS d'Ixelles");
  await expect(visit).toContainText('First-line legal counselling');
  await visit.getByRole('button', { name: /Write my report|Change my report/ }).click();
  const learned = `One desk for legal aid and social assistance ${unique()}`;
  await visit.getByRole('textbox', { name: 'What I learned' }).fill(learned);
  await visit.getByRole('textbox', { name: 'What I will apply in my organisation' }).fill('short');
  await visit.getByRole('button', { name: 'Send my report' }).click();
  await expect(visit.getByText('Use at least 10 characters.')).toBeVisible();
  await visit
    .getByRole('textbox', { name: 'What I will apply in my organisation' })
    .fill('A joint intake form with the municipality.');
  await visit.getByRole('button', { name: 'Send my report' }).click();
  await expect(page.getByText('Your report is saved.')).toBeVisible();
  await expect(visit).toContainText(learned);
});
