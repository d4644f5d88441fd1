import { expect, test, type Page } from '@playwright/test';
import { expectAccessiblePage } from '../support/accessibility';
import { mainNav, signIn, unique } from '../support/portal';
import { signInAsAdmin } from '../support/seed';

/**
 * The focal person of a new organisation takes the baseline on the portal; governance is scored
 * 2 and financial sustainability 1 everywhere, every other domain 3. Overall by hand:
 * (2 + 3 + 3 + 1 + 3 + 3 + 3) / 7 = 18 / 7 = 2.57 → 2.6.
 */
const SCORES: Record<string, number> = { gov: 2, fin: 1 };

/** Answers the questions shown whose id starts with one of the prefixes (or all of them). */
async function answer(page: Page, prefixes?: string[]): Promise<void> {
  const questions = page.locator('[data-question]');
  for (let i = 0; i < (await questions.count()); i++) {
    const question = questions.nth(i);
    const id = (await question.getAttribute('data-question')) as string;
    const prefix = id.split('_')[0];
    if (prefixes && !prefixes.includes(prefix)) continue;
    const score = SCORES[prefix] ?? 3;
    await question.getByRole('radio', { name: new RegExp(`^${score} —`) }).check();
  }
}

test('a focal person takes the baseline, saving a draft first, and sees the scores, the chart and trainings for the weakest domains', async ({
  page,
  request,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const organisation = await request.post('/api/organisations', {
    data: {
      name: `Deniz Feneri Göç Derneği ${run}`,
      type: 'cso',
      country: 'TR',
      province: 'Mersin',
      thematicAreas: ['protection'],
    },
  });
  expect(organisation.ok()).toBe(true);
  const email = `capacity-${run}@example.org`;
  const person = await request.post('/api/people', {
    data: {
      fullName: 'Melike Yıldırım',
      email,
      password: 'atolye-demo-2026',
      roles: ['focal_person'],
      language: 'en',
      organisationId: ((await organisation.json()) as { id: string }).id,
    },
  });
  expect(person.ok()).toBe(true);

  await signIn(page, email);
  await mainNav(page).getByRole('link', { name: 'My organisation' }).click();
  await page.getByRole('link', { name: 'Capacity self-assessment' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: new RegExp(`Capacity self-assessment\\s*Deniz Feneri Göç Derneği ${run}`),
    }),
  ).toBeVisible();
  const baseline = page.locator('[data-round="baseline"]');
  const endline = page.locator('[data-round="endline"]');
  await expect(baseline).toContainText('Not started');
  await expect(endline).toContainText('The endline opens once the baseline is submitted.');
  await expect(endline.getByRole('button')).toHaveCount(0);

  // A draft of the governance questions, kept across a reload.
  await baseline.getByRole('button', { name: 'Start' }).click();
  await answer(page, ['gov']);
  await expect(page.getByText('4 of 28 questions answered')).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await page.reload();
  await expect(baseline).toContainText('Draft');
  await baseline.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('4 of 28 questions answered')).toBeVisible();

  // Submitting with questions open is refused on the page, saying how many.
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('Answer every question before submitting: 24 still open.')).toBeVisible();

  await answer(page);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('Round submitted. Thank you!')).toBeVisible();
  await expect(baseline).toContainText('Submitted');
  await expect(baseline).toContainText('by Melike Yıldırım');
  await expect(baseline).toContainText('Overall score 2.6');

  // The results: the radar, the table with the definitions, and the recommendations.
  await expect(page.getByRole('img', { name: 'Domain scores, before and after (1 to 4)' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Scores by domain' });
  await expect(table.getByRole('row', { name: /Financial sustainability/ })).toContainText('1.0');
  await expect(table.getByRole('row', { name: /Governance/ })).toContainText('2.0');
  await expect(table.getByRole('row', { name: /Overall/ })).toContainText('2.6');
  await expect(page.getByText(/The mean of the domain scores of one round/)).toBeVisible();
  await expect(
    page.getByText(
      'Trainings for the two weakest domains of the latest round: Financial sustainability, Governance.',
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Financial sustainability and governance for CSOs' }),
  ).toBeVisible();

  // The submitted round reads back, not to be changed; the endline is open now.
  await baseline.getByRole('button', { name: 'See answers' }).click();
  await expect(page.getByText('This round is submitted and can no longer change.')).toBeVisible();
  await expect(page.getByRole('radio', { name: /^1 — There is a board on paper only/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Submit' })).toHaveCount(0);
  await expect(endline.getByRole('button', { name: 'Start' })).toBeVisible();
});

test('the demo focal person reads her baseline in Turkish, with her endline in draft and trainings for her weakest domains', async ({
  page,
}) => {
  await signIn(page, 'focal@atolye.example');
  await mainNav(page).getByRole('link', { name: 'Kurumum' }).click();
  await page.getByRole('link', { name: 'Kapasite öz değerlendirmesi' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Kapasite öz değerlendirmesi\s*Umut Köprüsü Derneği/ }),
  ).toBeVisible();
  await expect(page.locator('[data-round="baseline"]')).toContainText('Gönderildi');
  await expect(page.locator('[data-round="baseline"]')).toContainText('Genel puan 2,3');
  await expect(page.locator('[data-round="endline"]')).toContainText('Taslak');
  const table = page.getByRole('table', { name: 'Alanlara göre puanlar' });
  await expect(table.getByRole('row', { name: /Mali sürdürülebilirlik/ })).toContainText('1,3');
  await expect(page.getByRole('heading', { name: 'Önerilen eğitimler' })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'STK’lar için mali sürdürülebilirlik ve yönetişim' }),
  ).toBeVisible();

  // With the draft endline open, the page passes WCAG 2.1 AA.
  await page.locator('[data-round="endline"]').getByRole('button', { name: 'Devam et' }).click();
  await expect(page.getByText('28 sorudan 6 tanesi yanıtlandı')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessiblePage(page, 'capacity self-assessment', 'Kapasite öz değerlendirmesi');
});

test('the coordinator sees every assessed organisation with its change and the improved figure with its definition', async ({
  page,
}) => {
  await signIn(page, 'coordinator@atolye.example');
  await page.goto('/reports/capacity');
  await expect(page.getByRole('heading', { level: 1, name: 'Kapasite öz değerlendirmeleri' })).toBeVisible();
  const mersin = page.getByRole('row', { name: /Mersin Göç ve Kalkınma Derneği/ });
  await expect(mersin).toContainText('2,1');
  await expect(mersin).toContainText('2,9');
  await expect(mersin).toContainText('+0,8');
  await page.waitForLoadState('networkidle');
  await expectAccessiblePage(page, 'capacity overview', 'Kapasite öz değerlendirmeleri');
  const improved = page.locator('[data-figure="organisations_capacity_improved"]');
  await expect(improved).toContainText('Kapasite puanı artan kurum');
  await expect(improved).toContainText('İki turu da tamamlayan kurumlar içinde');

  // The same figure among the dashboard's measures, with its definition.
  await page.goto('/reports');
  const measure = page.locator('app-measure-grid [data-figure="organisations_capacity_improved"]');
  await expect(measure).toContainText('Kapasite puanı artan kurum');
  await expect(measure).toContainText('bitiş turundaki genel kapasite puanı');
});
