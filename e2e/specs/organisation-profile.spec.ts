import { expect, test } from '@playwright/test';
import { mainNav, signIn } from '../support/portal';

// The demo focal person, Zeynep Arslan of Umut Köprüsü Derneği, reads the portal in Turkish.
const FOCAL = 'focal@atolye.example';

test('a focal person keeps their own organisation profile, and cannot open another one', async ({ page }) => {
  await signIn(page, FOCAL);
  await mainNav(page).getByRole('link', { name: 'Kurumum' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Kurum profili\s*Umut Köprüsü Derneği/ }),
  ).toBeVisible();
  await expect(page.getByText('Odak kişiler: Zeynep Arslan')).toBeVisible();

  const year = page.getByRole('spinbutton', { name: 'Kuruluş yılı' });
  await expect(year).toHaveValue('2013');
  await year.fill('2012');
  const network = page.getByRole('textbox', { name: 'Üyesi olduğu ağlar ve platformlar' });
  await network.fill('Kilis Sivil Toplum Dayanışma Ağı');
  await network.press('Enter');
  await page.getByRole('combobox', { name: 'Hedef gruplar' }).click();
  await page.getByRole('option', { name: 'Refakatsiz ve ailesinden ayrı düşmüş çocuklar' }).click();
  await page.keyboard.press('Escape');
  const volunteersWomen = page
    .getByRole('group', { name: 'Gönüllüler' })
    .getByRole('spinbutton', { name: 'Kadın' });
  await volunteersWomen.fill('25');
  await page.getByRole('button', { name: 'Profili kaydet' }).click();
  await expect(page.getByText('Umut Köprüsü Derneği profili kaydedildi.')).toBeVisible();

  // What was saved is what the page shows after coming back to it.
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: 'Kuruluş yılı' })).toHaveValue('2012');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Kilis Sivil Toplum Dayanışma Ağı' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Hedef gruplar' })).toContainText('Refakatsiz');
  await expect(
    page.getByRole('group', { name: 'Gönüllüler' }).getByRole('spinbutton', { name: 'Kadın' }),
  ).toHaveValue('25');

  // Another organisation's profile is refused, in the reader's language.
  const options = await page.request.get('/api/organisations/options?q=Hatay Barosu');
  const [other] = (await options.json()) as { id: string }[];
  await page.goto(`/organisations/${other.id}/profile`);
  await expect(
    page.getByText('Yalnızca kendi kurumunuzun profilini görebilir ve düzenleyebilirsiniz.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Profili kaydet' })).toHaveCount(0);
});
