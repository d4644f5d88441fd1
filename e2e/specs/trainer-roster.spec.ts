import { expect, test, type Page } from '@playwright/test';
import { DEMO, mainNav, signIn, unique } from '../support/portal';
import { createSession, demoTrainingId, signInAsAdmin } from '../support/seed';

// The demo coordinator, Elif Şahin, and the demo trainer, Murat Güneş, read the portal in Turkish.

/**
 * Murat's figures as the API counts them now: other specs may finish sessions he trains or
 * evaluate them, so the demo's own figures (1 session, 22 / 5 = 4.40) are checked by hand in
 * demo-data.int-spec, and here the page must show what the API counts.
 */
async function muratFigures(
  page: Page,
): Promise<{ sessionsDelivered: number; ratingAverage: number | null; ratingCount: number }> {
  const response = await page.request.get('/api/trainers?q=Murat');
  const roster = (await response.json()) as {
    items: {
      fullName: string;
      sessionsDelivered: number;
      ratingAverage: number | null;
      ratingCount: number;
    }[];
  };
  const murat = roster.items.find((t) => t.fullName === 'Murat Güneş');
  if (!murat) throw new Error('Murat Güneş is not on the roster');
  return murat;
}

test('a coordinator filters the roster, reads how its figures are counted, and keeps a trainer profile', async ({
  page,
}) => {
  await signIn(page, DEMO.coordinator);
  await mainNav(page).getByRole('link', { name: 'Eğitmen havuzu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eğitmen havuzu' })).toBeVisible();

  // Murat Güneş delivered the finished İzmir session and was rated in its evaluations.
  const murat = page.getByRole('row').filter({ hasText: 'Murat Güneş' });
  await expect(murat).toContainText('Data protection');
  await expect(murat).toContainText('Türkçe, İngilizce');
  // Cells after the name: expertise, languages, availability, sessions delivered, average rating.
  const figures = await muratFigures(page);
  expect(figures.sessionsDelivered).toBeGreaterThanOrEqual(1);
  await expect(murat.getByRole('cell').nth(3)).toHaveText(String(figures.sessionsDelivered));
  // The rating with two decimals, written as Turkish writes numbers ("4,40"), and how many ratings.
  const rating = (figures.ratingAverage ?? 0).toFixed(2).replace('.', ',');
  await expect(murat.getByRole('cell').nth(4)).toHaveText(
    new RegExp(`^\\s*${rating}\\s*${figures.ratingCount} değerlendirmeye göre\\s*$`),
  );
  await expect(
    page.getByText('Bu kişinin eğitmeni olduğu ve son buluşması sona ermiş oturumlar.'),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Dil' }).click();
  await page.getByRole('option', { name: 'Arapça' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Selin Karataş' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Nadia Benali' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Murat Güneş' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Selin Karataş' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eğitmen profili: Selin Karataş' })).toBeVisible();
  const area = `Vaka yönetimi ${unique()}`;
  const expertise = page.getByRole('textbox', { name: 'Uzmanlık alanları' });
  await expertise.fill(area);
  await expertise.press('Enter');
  await page.getByRole('button', { name: 'Kaydet' }).click();
  await expect(page.getByText('Eğitmen profili kaydedildi.')).toBeVisible();

  // The roster's expertise filter now offers the new area, and finds her by it.
  await page.getByRole('link', { name: 'Havuza dön' }).click();
  await page.getByRole('combobox', { name: 'Uzmanlık alanları' }).click();
  await page.getByRole('option', { name: area }).click();
  await expect(page.getByRole('status').filter({ hasText: 'eğitmen' })).toHaveText('1 eğitmen');
  await expect(page.getByRole('row').filter({ hasText: 'Selin Karataş' })).toBeVisible();
});

test("a coordinator picks a session's trainers from the roster", async ({ page, request }) => {
  await signInAsAdmin(request);
  const title = `Mersin kohortu ${unique()}`;
  const session = await createSession(request, { trainingId: await demoTrainingId(request), title });

  await signIn(page, DEMO.coordinator);
  await page.goto(`/coordinate/sessions/${session.id}/edit`);
  await page.getByRole('button', { name: 'Havuzdan seç' }).click();
  const dialog = page.getByRole('dialog', { name: 'Oturumun eğitmenlerini seçin' });
  // The roster opens filtered by the session's language (English) and days.
  await expect(dialog.getByRole('combobox', { name: 'Dil' })).toContainText('İngilizce');
  await dialog.getByRole('button', { name: 'Filtreleri temizle' }).click();
  await dialog.getByRole('checkbox', { name: 'Nadia Benali adlı eğitmeni seç' }).check();
  await dialog.getByRole('checkbox', { name: 'Murat Güneş adlı eğitmeni seç' }).check();
  await expect(dialog.getByText('2 kişi seçildi')).toBeVisible();
  await dialog.getByRole('button', { name: 'Seçilen eğitmenleri kullan' }).click();
  await expect(page.getByRole('combobox', { name: 'Eğitmenler' })).toContainText('Nadia Benali');
  await page.getByRole('button', { name: 'Kaydet', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const trainers = page.getByRole('definition').filter({ hasText: 'Nadia Benali' });
  await expect(trainers).toContainText('Murat Güneş');
});

test('a trainer keeps their own profile and sees their figures', async ({ page }) => {
  await signIn(page, DEMO.trainer);
  await mainNav(page).getByRole('link', { name: 'Eğitmen profilim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eğitmen profilim' })).toBeVisible();
  const own = (await (await page.request.get('/api/trainer-profile')).json()) as {
    sessionsDelivered: number;
  };
  expect(own.sessionsDelivered).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('sessions-delivered')).toHaveText(String(own.sessionsDelivered));
  const note = page.getByRole('textbox', { name: 'Müsaitlik (serbest metin)' });
  const text = `Salı ve çarşamba günleri ${unique()}`;
  await note.fill(text);
  await page.getByRole('button', { name: 'Dönem ekle' }).click();
  await page
    .getByRole('textbox', { name: /dönem: başlangıç/ })
    .last()
    .fill('10.05.2027');
  await page
    .getByRole('textbox', { name: /dönem: bitiş/ })
    .last()
    .fill('01.05.2027');
  await page.getByRole('button', { name: 'Kaydet' }).click();
  await expect(page.getByText('Bitiş, başlangıçla aynı gün ya da daha sonra olmalı.')).toBeVisible();
  await page
    .getByRole('textbox', { name: /dönem: bitiş/ })
    .last()
    .fill('21.05.2027');
  await page.getByRole('button', { name: 'Kaydet' }).click();
  await expect(page.getByText('Eğitmen profili kaydedildi.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Müsaitlik (serbest metin)' })).toHaveValue(text);
});
