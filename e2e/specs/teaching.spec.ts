import { expect, test } from '@playwright/test';
import { DEMO, mainNav, signIn, unique } from '../support/portal';
import { createSession, demoTrainingId, signInAsAdmin } from '../support/seed';

test("a trainer sees only their own sessions and each one's roster", async ({ page, request }) => {
  // A session someone else teaches: the demo trainer must not see it.
  const othersTitle = `Mersin — another trainer's workshop ${unique()}`;
  await signInAsAdmin(request);
  const others = await createSession(request, {
    trainingId: await demoTrainingId(request),
    title: othersTitle,
  });

  // The demo trainer reads Turkish: the portal follows their account's language.
  await signIn(page, DEMO.trainer);
  await mainNav(page).getByRole('link', { name: 'Oturumlarım' }).click();
  await expect(page.getByRole('heading', { name: 'Oturumlarım', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gaziantep — in-person course' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Online cohort — by application' })).toBeVisible();
  await expect(page.getByText(othersTitle)).toHaveCount(0);
  await expect(page.getByText('Hukuki çerçeve ve statüler').first()).toBeVisible();

  await page.getByRole('link', { name: 'Gaziantep — in-person course' }).click();
  await expect(page.getByRole('heading', { name: 'Gaziantep — in-person course', level: 1 })).toBeVisible();
  const roster = page.getByRole('table', { name: 'Katılımcı listesi' });
  const rana = roster.getByRole('row').filter({ hasText: 'Rana Al-Khatib' });
  await expect(rana).toContainText('Kayıtlı');
  await expect(rana).toContainText('Umut Köprüsü Derneği');
  await expect(rana).toContainText('3/12');
  await expect(roster.getByRole('row').filter({ hasText: 'Kostas Nikolaidis' })).toContainText(
    'Bekleme listesinde (1. sırada)',
  );
  // Read-only: nothing here changes an enrolment.
  await expect(page.getByRole('button', { name: /Onayla|Reddet|Kaydet|İçe aktar/ })).toHaveCount(0);

  // Another trainer's session stays closed even by its address.
  await page.goto(`/teach/sessions/${others.id}`);
  // Said in the trainer's language, from the API's error code.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Bu oturum sizin oturumlarınızdan biri değil.' }),
  ).toBeVisible();
});
