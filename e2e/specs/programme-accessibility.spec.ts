import { expect, test, type Page } from '@playwright/test';
import { expectAccessiblePage } from '../support/accessibility';
import { DEMO, signIn } from '../support/portal';

// The roster's and the study visits' pages, against WCAG 2.1 AA: the demo coordinator reads
// Turkish, the demo trainee English.

async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test.use({ reducedMotion: 'reduce' });

test("the trainer roster's and the study visits' pages pass for a coordinator (tr)", async ({ page }) => {
  test.slow();
  await signIn(page, DEMO.coordinator);
  await visit(page, '/coordinate/trainers');
  await expectAccessiblePage(page, 'trainer roster', 'Eğitmen havuzu');
  await page.getByRole('link', { name: 'Selin Karataş' }).click();
  await page.waitForLoadState('networkidle');
  await expectAccessiblePage(page, 'trainer profile', 'Eğitmen profili');

  await visit(page, '/coordinate/events');
  await expectAccessiblePage(page, 'study visits and workshops', 'Çalışma ziyaretleri ve çalıştaylar');
  await page.getByRole('link', { name: 'Study visit: reception and legal aid in Brussels' }).click();
  await page.waitForLoadState('networkidle');
  await expectAccessiblePage(page, 'study visit', 'Çalışma ziyareti veya çalıştay');
  await visit(page, '/reports/programme-events');
  await expectAccessiblePage(page, 'study visit figures', 'Rakamlarla çalışma ziyaretleri ve çalıştaylar');
});

test("a participant's and a trainer's own pages pass (en, tr)", async ({ page }) => {
  await signIn(page, DEMO.trainee);
  await visit(page, '/profile/events');
  await expectAccessiblePage(page, 'my study visits', 'My study visits and workshops');
  await page.context().clearCookies();
  await signIn(page, DEMO.trainer);
  await visit(page, '/teach/profile');
  await expectAccessiblePage(page, 'my trainer profile', 'Eğitmen profilim');
});
