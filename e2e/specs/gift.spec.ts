import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessiblePage } from '../support/accessibility';
import { DEMO, mainNav, signIn } from '../support/portal';

const EN = `// Written by hand, as a trainer coming from Moodle would.
::law::Which law regulates personal data in Turkey?
See https://www.kvkk.gov.tr {
=Law No. 6698#Right: the KVKK.
~%50%The KVKK regulation#Close: it rests on the law.
~Law No. 6458
}

::hours::How many hours to notify a breach under GDPR art. 33? {#=72 =%50%48..96#Close ~#See art. 33.}
`;
const TR_BROKEN = `// Aynı sorular, Türkçe.
::law::Türkiye'de kişisel verileri hangi kanun düzenler?
Bkz. https://www.kvkk.gov.tr {
=6698 sayılı Kanun#Doğru: KVKK.
~%-15%KVKK yönetmeliği#Yakın: kanuna dayanır.
~6458 sayılı Kanun
}

::hours::GDPR md. 33'e göre ihlal kaç saat içinde bildirilir? {#=72 =%50%48..96#Yakın ~#Bkz. md. 33.}
`;
const TR = TR_BROKEN.replace('~%-15%', '~%50%');

/** Picks a file through the button a person would press. */
async function chooseFile(page: Page, button: string, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByText(name, { exact: true })).toBeVisible();
}

test('a coordinator turns GIFT files into a quiz: questions with the key, problems by line, then the quiz file', async ({
  page,
}) => {
  // The demo coordinator reads the portal in Turkish.
  await signIn(page, DEMO.coordinator);
  await mainNav(page).getByRole('link', { name: 'Modüller' }).click();
  await page.getByRole('link', { name: "Moodle GIFT'ten test oluştur" }).click();
  await expect(page.getByRole('heading', { name: "Moodle GIFT'ten test", level: 1 })).toBeVisible();

  await page.getByLabel('Test dosyasının adı').fill('post-test');
  await chooseFile(page, 'English dosyasını seçin', 'data-protection.en.gift.txt', EN);
  await chooseFile(page, 'Türkçe dosyasını seçin', 'data-protection.tr.gift.txt', TR_BROKEN);
  await page.getByRole('button', { name: 'Soruları denetle' }).click();

  // A weight Moodle would refuse, which also makes the key differ from the English one: each
  // problem named with its file and line, and nothing to download yet.
  await expect(page.getByRole('status').filter({ hasText: 'Okunan soru: 2. Sorun: 2.' })).toBeVisible();
  const problems = page.getByRole('region', { name: 'Düzeltilecek sorunlar' });
  await expect(problems.getByRole('listitem')).toHaveText([
    /Türkçe dosyası, satır 2: %-15 ağırlığı Moodle'ın kabul ettiği notlardan biri değil/,
    'Türkçe dosyası, satır 2: 1. soru Türkçe dosyasında English dosyasındakinden farklı doğru cevaplar, ağırlıklar ya da sayılar veriyor.',
  ]);
  await expect(page.getByRole('link', { name: /indir$/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Türkçe dosyasını kaldırın' }).click();
  await chooseFile(page, 'Türkçe dosyasını seçin', 'data-protection.tr.gift.txt', TR);
  await page.getByRole('button', { name: 'Soruları denetle' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Okunan soru: 2. Sorun: 0.' })).toBeVisible();
  await expect(page.getByText('Sorun yok: test dosyası hazır.')).toBeVisible();

  // Every question as trainees will see it, with the key marked in words.
  const questions = page.getByRole('region', { name: 'Katılımcıların göreceği biçimde sorular' });
  const law = questions.getByRole('listitem').filter({ hasText: 'hangi kanun düzenler?' });
  await expect(
    law.getByRole('heading', { name: '1. soru · tek cevaplı çoktan seçmeli · 1 puan' }),
  ).toBeVisible();
  await expect(law).toContainText('Bkz. https://www.kvkk.gov.tr');
  await expect(law.getByRole('listitem').filter({ hasText: '6698 sayılı Kanun' })).toContainText(
    'Doğru cevap',
  );
  await expect(law.getByRole('listitem').filter({ hasText: 'KVKK yönetmeliği' })).toContainText(
    'değeri %50Geri bildirim: Yakın: kanuna dayanır.',
  );
  const hours = questions.getByRole('listitem').filter({ hasText: 'ihlal kaç saat içinde bildirilir?' });
  await expect(hours.getByRole('listitem')).toHaveText([
    /^\s*72\s*değeri %100$/,
    /^\s*48 ile 96 arası\s*değeri %50Geri bildirim: Yakın$/,
    /^\s*Başka her sayı\s*değeri %0Geri bildirim: Bkz\. md\. 33\.$/,
  ]);
  await page
    .getByRole('radiogroup', { name: 'Soruları şu dilde göster' })
    .getByRole('radio', { name: 'English' })
    .click();
  await expect(questions).toContainText('Which law regulates personal data in Turkey?');
  await expectAccessiblePage(page, 'quiz from GIFT', "Moodle GIFT'ten test");

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'post-test.yaml dosyasını indir' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('post-test.yaml');
  const yaml = await readFile(await file.path(), 'utf8');
  expect(yaml).toContain('slug: post-test');
  expect(yaml).toMatch(
    /tr: \|-\n\s+Türkiye'de kişisel verileri hangi kanun düzenler\?\n\s+Bkz\. https:\/\/www\.kvkk\.gov\.tr/,
  );
  expect(yaml).toContain('weight: 50');
});

test('a trainer downloads a published quiz as Moodle GIFT in Turkish from the module page', async ({
  page,
}) => {
  await signIn(page, DEMO.trainer);
  await mainNav(page).getByRole('link', { name: 'Modüller' }).click();
  await page.getByRole('link', { name: 'Koruma ilkeleri ve kişisel verilerin korunması' }).click();
  await expect(page.getByRole('heading', { name: 'Testler', level: 2 })).toBeVisible();
  await expectAccessiblePage(page, 'module with its quizzes', 'Modül');
  // The changelog mentions the post-test too: the quiz is the item with its GIFT links.
  const postTest = page
    .getByRole('listitem')
    .filter({ hasText: 'Son test' })
    .filter({ has: page.getByRole('link', { name: /^GIFT TR/ }) });
  await expect(postTest).toContainText('soru');
  const download = page.waitForEvent('download');
  await postTest.getByRole('link', { name: /^GIFT TR/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^protection-and-data-protection-post-test-tr\.gift\.txt$/);
  const gift = await readFile(await file.path(), 'utf8');
  expect(gift).toMatch(/^\/\/ Son test — .*exported from Atölye in tr\./);
  expect(gift).toContain('::q01::[plain]');
  expect(gift).toContain("// Points: Moodle's GIFT import gives every question 1 point.");
});
