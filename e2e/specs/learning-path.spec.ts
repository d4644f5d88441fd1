import { expect, test, type Page } from '@playwright/test';
import { mainNav, signIn, signOut, unique } from '../support/portal';
import { createPerson, signInAsAdmin } from '../support/seed';

/** Finds the training in the catalogue by its title, as a trainee would. */
async function findInCatalogue(page: Page, title: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Catalogue' }).click();
  await page.getByLabel('Search trainings').fill(title);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('1 training', { exact: true })).toBeVisible();
}

test('a coordinator opens a training; one trainee enrols and reads in two languages, the next is waitlisted', async ({
  page,
  request,
}) => {
  const id = unique();
  const title = `Protection casework in practice ${id}`;
  const sessionTitle = `Ankara — evening cohort ${id}`;
  const coordinator = `selin.${id}@example.org`;
  const first = `mariam.${id}@example.org`;
  const second = `dimitris.${id}@example.org`;
  await signInAsAdmin(request);
  await createPerson(request, { fullName: `Selin Aksoy ${id}`, email: coordinator, roles: ['coordinator'] });
  await createPerson(request, { fullName: `Mariam Saleh ${id}`, email: first, roles: ['trainee'] });
  await createPerson(request, { fullName: `Dimitris Papas ${id}`, email: second, roles: ['trainee'] });

  // The coordinator builds a training from two modules, in the order they want, and publishes it.
  await signIn(page, coordinator);
  await mainNav(page).getByRole('link', { name: 'Trainings' }).click();
  await page.getByRole('link', { name: 'New training' }).click();
  await page.getByLabel('Title in English').fill(title);
  await page.getByLabel('Title in Turkish').fill(`Uygulamada koruma vaka çalışması ${id}`);
  await page.getByRole('button', { name: 'Add International protection: the legal framework' }).click();
  await page.getByRole('button', { name: 'Add Protection principles and personal data protection' }).click();
  await page
    .getByRole('button', { name: 'Move Protection principles and personal data protection up' })
    .click();
  const chosen = page.getByRole('list', { name: 'In this training, in teaching order' });
  await expect(chosen.getByRole('listitem').first()).toContainText('Protection principles');
  await expect(page.getByText('2 modules, 8 lessons')).toBeVisible();
  await page.getByRole('button', { name: 'Create training' }).click();
  await expect(page.getByText(`“${title}” was saved as a draft.`)).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();

  // … and opens a session of it: one seat, enrolment open now, two meetings.
  await page.getByRole('link', { name: 'New session' }).click();
  await expect(page.getByRole('heading', { name: 'New session', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Training' })).toContainText(title);
  await page.getByLabel('Title', { exact: true }).fill(sessionTitle);
  await page.getByLabel('Venue').fill('Kızılay Gençlik Merkezi, Salon 1');
  await page.getByLabel('City').fill('Ankara');
  await page.getByLabel('Seats').fill('1');
  await page.getByRole('group', { name: 'Meeting 1' }).getByLabel('Topic').fill('Do no harm in casework');
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  await page.getByRole('group', { name: 'Meeting 2' }).getByLabel('Topic').fill('Referral and the law');
  await page.getByRole('button', { name: 'Open session' }).click();
  await expect(page.getByRole('heading', { name: sessionTitle, level: 1 })).toBeVisible();
  await expect(page.getByText('Do no harm in casework')).toBeVisible();
  await expect(page.getByText('Referral and the law')).toBeVisible();
  await expect(page.getByText('0 of 1 seats taken').first()).toBeVisible();
  await signOut(page);

  // The first trainee finds it, enrols and gets the seat.
  await signIn(page, first);
  await findInCatalogue(page, title);
  await page.getByRole('button', { name: `Enrol: ${sessionTitle}` }).click();
  await expect(page.getByText('You are enrolled.')).toBeVisible();

  // In My learning they start reading: two lessons in Turkish, one in English.
  await mainNav(page).getByRole('link', { name: 'My learning' }).click();
  const enrolment = page.getByRole('listitem').filter({ hasText: title });
  await expect(enrolment.getByText('Enrolled', { exact: true })).toBeVisible();
  await expect(enrolment.getByText('0 of 8 lessons · 0%')).toBeVisible();
  await enrolment.getByRole('link', { name: 'Start learning' }).click();
  await page.getByRole('link', { name: 'Start the first lesson' }).click();
  await expect(page.getByRole('heading', { name: 'Do no harm and confidentiality', level: 1 })).toBeVisible();
  // Each lesson says when its facts were last checked against the sources.
  await expect(page.getByText(/^Facts checked on \d{1,2} \w+ 20\d\d$/)).toBeVisible();

  await page.getByRole('button', { name: 'Read in Türkçe' }).click();
  await expect(page.getByRole('heading', { name: 'Zarar vermeme ve gizlilik', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Next lesson' }).click();

  // The reading language carries on to the next lesson.
  await expect(
    page.getByRole('heading', { name: 'Bilgilendirilmiş rıza ve güvenli yönlendirme', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Next lesson' }).click();

  await expect(page.getByRole('button', { name: 'Read in English' })).toBeVisible();
  await page.getByRole('button', { name: 'Read in English' }).click();
  await expect(
    page.getByRole('heading', {
      name: 'Controller, lawful basis and special categories under KVKK and GDPR',
    }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();
  await expect(page.getByText('3 of 8 lessons · 38%')).toBeVisible();

  await page.getByRole('link', { name: 'All lessons' }).first().click();
  await expect(page.getByText('3 of 8 lessons · 38%')).toBeVisible();
  await expect(page.getByText('3 of 4 lessons · 75%')).toBeVisible();
  await signOut(page);

  // The second trainee finds the session full and is put on the waiting list.
  await signIn(page, second);
  await findInCatalogue(page, title);
  await expect(page.getByText('Full — new enrolments join the waiting list')).toBeVisible();
  await page.getByRole('button', { name: `Join the waiting list: ${sessionTitle}` }).click();
  await expect(page.getByText('You are on the waiting list, number 1.')).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'My learning' }).click();
  await expect(page.getByText('On the waiting list (no. 1)')).toBeVisible();
  await expect(page.getByText('You are number 1 on the waiting list.', { exact: false })).toBeVisible();
});
