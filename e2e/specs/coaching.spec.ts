import { expect, test, type BrowserContext } from '@playwright/test';
import { expectAccessiblePage } from '../support/accessibility';
import { DEMO, mainNav, signIn, unique } from '../support/portal';

test('a coordinator sets up a coaching track; the mentor records a meeting, the team ticks its action item and the mentor comments on the draft', async ({
  browser,
}) => {
  // Four sign-ins one after another on a shared, slow machine.
  test.setTimeout(180_000);
  const title = `Mentorluk: hukuki yardım başvurusu ${unique()}`;
  const action = `Collect the desk's 2026 figures ${unique()}`;
  const objective = `Refugees in Gaziantep reach justice ${unique()}`;
  const comment = `Genel amaç için bir gösterge ekleyin ${unique()}`;

  // Each person in a browser of their own: the portal keeps the language of whoever signed in last.
  const contexts: BrowserContext[] = [];
  const as = async (email: string) => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, email);
    return page;
  };

  // The demo coordinator reads Turkish.
  let page = await as(DEMO.coordinator);
  await mainNav(page).getByRole('link', { name: 'Mentorluk süreçleri', exact: true }).click();
  await expect(
    page.getByRole('row').filter({ hasText: 'EU call proposal: legal aid for refugees in Gaziantep' }),
  ).toContainText('Murat Güneş');
  await page.getByRole('link', { name: 'Yeni mentorluk süreci' }).click();
  await page.getByRole('button', { name: 'Kaydet', exact: true }).click();
  await expect(
    page.getByText('Başlık, proje, tarihler, mentor ve en az bir ekip üyesi gerekli.'),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Başlık' }).fill(title);
  await page.getByRole('textbox', { name: 'Proje' }).fill('Adalete Erişim: ücretsiz hukuki danışmanlık');
  await page.getByRole('combobox', { name: 'Mentor' }).fill('Murat');
  await page.getByRole('option', { name: /^Murat Güneş/ }).click();
  await page.getByRole('combobox', { name: 'Ekip üyesi ekle' }).fill('Rana');
  // Other specs register people named Rana too: the demo's Rana is the one with her organisation.
  await page.getByRole('option', { name: /^Rana Al-Khatib · / }).click();
  await expect(page.getByRole('list', { name: 'Ekip' })).toContainText('Rana Al-Khatib');
  await page.getByRole('textbox', { name: 'Başlangıç' }).fill('01.12.2026');
  await page.getByRole('textbox', { name: 'Bitiş' }).fill('31.03.2027');
  await page.getByRole('combobox', { name: 'Durum' }).click();
  await page.getByRole('option', { name: 'Sürüyor' }).click();
  await page.getByRole('button', { name: 'Kaydet', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const trackUrl = page.url();

  // The mentor (Turkish too) records a meeting with an action item for Rana.
  page = await as(DEMO.trainer);
  await mainNav(page).getByRole('link', { name: 'Mentorluk süreçlerim' }).click();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Toplantı kaydet', exact: true }).click();
  await page.getByRole('textbox', { name: 'Tarih', exact: true }).fill('02.12.2026');
  await page.getByRole('spinbutton', { name: 'Süre (dakika)' }).fill('75');
  await page
    .getByRole('textbox', { name: 'Notlar' })
    .fill('Çağrı metnini birlikte okuduk; bütçe tavanını konuştuk.');
  await page.getByRole('button', { name: 'Yapılacak iş ekle' }).click();
  await page.getByRole('textbox', { name: 'Yapılacak iş', exact: true }).fill(action);
  await page.getByRole('combobox', { name: 'Sorumlu' }).click();
  await page.getByRole('option', { name: 'Rana Al-Khatib' }).click();
  await page.getByRole('textbox', { name: 'Son tarih' }).fill('16.12.2026');
  await page.getByRole('button', { name: 'Toplantıyı kaydet' }).click();
  const meeting = page.getByRole('article', { name: /tarihli toplantı/ });
  await expect(meeting).toContainText('75 dk · çevrim içi');
  await expect(meeting.getByRole('checkbox', { name: action })).not.toBeChecked();

  // Rana (English) finds the track under "My coaching", ticks her item and starts the draft.
  page = await as(DEMO.trainee);
  await mainNav(page).getByRole('link', { name: 'My coaching' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('button', { name: 'Record a meeting' })).toHaveCount(0);
  const item = page.getByRole('checkbox', { name: action });
  await item.check();
  await expect(item).toBeChecked();
  await page.getByRole('button', { name: 'Add the overall objective' }).click();
  await page.getByRole('textbox', { name: 'Text' }).fill(objective);
  await page.getByRole('button', { name: 'Save the item' }).click();
  await expect(page.getByRole('article', { name: `Overall objective: ${objective}` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: action })).toBeChecked();

  // The mentor comments beside the objective; the comment waits for the team to resolve it.
  page = await as(DEMO.trainer);
  await page.goto(trackUrl);
  const draftItem = page.getByRole('article', { name: `Genel amaç: ${objective}` });
  await draftItem.getByRole('button', { name: 'Yorum yaz' }).click();
  await draftItem.getByRole('textbox', { name: 'Yorumunuz' }).fill(comment);
  await draftItem.getByRole('button', { name: 'Yorumu gönder' }).click();
  const comments = draftItem.getByRole('complementary', { name: 'Yorumlar' });
  await expect(comments).toContainText(comment);
  await expect(comments).toContainText('Murat Güneş · açık');
  await Promise.all(contexts.map((c) => c.close()));
});

test('the reports page counts finished coaching tracks, each figure with its definition', async ({
  page,
}) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Mentorluk ve koçluk', level: 2 })).toBeVisible();
  // The demo's finished track in Konak: three meetings of 120, 60 and 90 minutes.
  const tracks = page.locator('[data-figure="coaching_tracks_finished"]');
  await expect(tracks.getByRole('term')).toHaveText('Tamamlanan mentorluk süreci');
  await expect(tracks.getByRole('definition').first()).toHaveText('1');
  await expect(tracks).toContainText('tamamlandı olarak işaretlenmiş mentorluk süreçleri');
  const hours = page.locator('[data-figure="coaching_hours"]');
  await expect(hours.getByRole('definition').first()).toHaveText('4,5');
  await expect(page.locator('[data-figure="coaching_people"]')).toContainText('Kadın: 1 · Erkek: 2');
});

test('the coaching pages meet WCAG 2.1 AA, with one h1 and a title each', async ({ browser }) => {
  test.slow();
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, DEMO.coordinator);
  await coordinator.goto('/coordinate/coaching');
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Mentorluk süreçleri' })).toBeVisible();
  await expectAccessiblePage(coordinator, 'coaching tracks', 'Mentorluk süreçleri');
  await coordinator.goto('/coordinate/coaching/new');
  await expect(coordinator.getByRole('textbox', { name: 'Başlık' })).toBeVisible();
  await expectAccessiblePage(coordinator, 'new coaching track', 'Yeni mentorluk süreci');
  await coordinator.context().close();

  // The demo trainee on the Gaziantep track, with its meetings, draft and a comment to resolve.
  const trainee = await (await browser.newContext()).newPage();
  await signIn(trainee, DEMO.trainee);
  await trainee.goto('/coaching');
  await expectAccessiblePage(trainee, 'my coaching', 'My coaching');
  await trainee.getByRole('link', { name: 'EU call proposal: legal aid for refugees in Gaziantep' }).click();
  await expect(trainee.getByRole('button', { name: 'Mark resolved' })).toBeVisible();
  await expectAccessiblePage(trainee, 'coaching track', 'Coaching track');
  await trainee.context().close();
});
