import { expect, test } from '@playwright/test';
import { mainNav, signIn, unique } from '../support/portal';
import { createPerson, createSession, demoTrainingId, signInAsAdmin } from '../support/seed';

test('a coordinator imports enrolments from a CSV file and reads the report, bad row included', async ({
  page,
  request,
}) => {
  const id = unique();
  const coordinator = `hakan.${id}@example.org`;
  const sessionTitle = `İzmir — import cohort ${id}`;
  await signInAsAdmin(request);
  await createPerson(request, { fullName: `Hakan Öztürk ${id}`, email: coordinator, roles: ['coordinator'] });
  await createSession(request, {
    trainingId: await demoTrainingId(request),
    title: sessionTitle,
    city: 'İzmir',
  });

  const csv = [
    'email,full_name,organisation,province,country,gender,language',
    `gulsen.${id}@example.org,Gülşen Çelik,Umut Köprüsü Derneği,İzmir,TR,female,tr`,
    'not-an-email,Wrong Address,,,,,',
    `farid.${id}@example.org,Farid Rahimi,İzmir Göç Dayanışma ${id},İzmir,TR,male,en`,
  ].join('\n');

  await signIn(page, coordinator);
  await mainNav(page).getByRole('link', { name: 'Sessions' }).click();
  await page.getByLabel('Search sessions').fill(sessionTitle);
  await page.getByRole('link', { name: sessionTitle }).click();
  await expect(page.getByRole('heading', { name: sessionTitle, level: 1 })).toBeVisible();

  await page.getByLabel('CSV or XLSX file').setInputFiles({
    name: 'participants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(page.getByText('participants.csv', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(page.getByText('Import finished: 3 of 3 rows of participants.csv.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  const report = page.getByRole('table', { name: 'Import report' });
  await expect(report.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText('Rejected');
  await expect(report.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText(
    'is not a valid email address',
  );
  const gulsen = report.getByRole('row').filter({ hasText: `gulsen.${id}@example.org` });
  await expect(gulsen).toContainText('Enrolled');
  await expect(gulsen).toContainText('New account opened');
  const farid = report.getByRole('row').filter({ hasText: `farid.${id}@example.org` });
  await expect(farid).toContainText('Enrolled');
  await expect(farid).toContainText('New organisation added');

  // The roster now lists the two people who were enrolled.
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('row').filter({ hasText: 'Gülşen Çelik' })).toContainText('Enrolled');
  await expect(roster.getByRole('row').filter({ hasText: 'Farid Rahimi' })).toContainText('Enrolled');
  await expect(page.getByText('2 of 20 seats taken').first()).toBeVisible();
});
