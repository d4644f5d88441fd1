import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mailsTo } from '../support/mailbox';
import { settledDialog, signIn, unique } from '../support/portal';
import { createPerson, createSession, demoTrainingId, signInAsAdmin } from '../support/seed';

/** A Turkish-reading coordinator and a full session of one seat with one person waiting. */
async function setUp(request: Parameters<typeof signInAsAdmin>[0]) {
  const id = unique();
  await signInAsAdmin(request);
  const coordinator = `nilufer.${id}@example.org`;
  await createPerson(request, {
    fullName: `Nilüfer Aksoy ${id}`,
    email: coordinator,
    roles: ['coordinator'],
    language: 'tr',
  });
  const seated = { fullName: `Kerem Yıldız ${id}`, email: `kerem.${id}@example.org` };
  const waiting = { fullName: `Rania Haddad ${id}`, email: `rania.${id}@example.org` };
  const seatedId = (await createPerson(request, { ...seated, roles: ['trainee'], language: 'tr' })).id;
  const waitingId = (await createPerson(request, { ...waiting, roles: ['trainee'] })).id;
  const session = await createSession(request, {
    trainingId: await demoTrainingId(request),
    title: `Gaziantep — roster ${id}`,
    city: 'Gaziantep',
    capacity: 1,
  });
  for (const personId of [seatedId, waitingId]) {
    const response = await request.post(`/api/sessions/${session.id}/enrolments`, { data: { personId } });
    expect(response.ok()).toBe(true);
  }
  return { id, coordinator, seated, waiting, session };
}

test('a coordinator withdraws someone with a reason: the person is told in Turkish and the next one gets the seat', async ({
  page,
  request,
}) => {
  const { coordinator, seated, waiting, session } = await setUp(request);
  await signIn(page, coordinator);
  await page.goto(`/coordinate/sessions/${session.id}`);
  const roster = page.getByRole('table', { name: 'Katılımcı listesi' });
  await expect(roster.getByRole('row').filter({ hasText: seated.fullName })).toContainText('Kayıtlı');
  await expect(roster.getByRole('row').filter({ hasText: waiting.fullName })).toContainText(
    'Bekleme listesinde',
  );

  await roster.getByRole('button', { name: `Kaydı sonlandır: ${seated.fullName}` }).click();
  const dialog = await settledDialog(page.getByRole('dialog'));
  await expect(dialog.getByRole('heading')).toContainText(seated.fullName);
  // A reason is required.
  await dialog.getByRole('button', { name: 'Kaydı sonlandır' }).click();
  await expect(dialog.getByText('Bu alan zorunludur.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Gerekçe' }).fill('İş nedeniyle Mersin’e taşındı');
  await dialog.getByRole('button', { name: 'Kaydı sonlandır' }).click();
  await expect(page.getByText(`${seated.fullName} kişisinin kaydı sonlandırıldı.`)).toBeVisible();

  await expect(roster.getByRole('row').filter({ hasText: seated.fullName })).toContainText(
    'Kaydı geri çekildi',
  );
  await expect(roster.getByRole('row').filter({ hasText: waiting.fullName })).toContainText('Kayıtlı');
  await expect(roster.getByRole('button', { name: `Kaydı sonlandır: ${seated.fullName}` })).toHaveCount(0);

  // Mailed in the person's own language (Turkish), with the coordinator's reason.
  await expect
    .poll(() => mailsTo(seated.email).map((mail) => mail.text))
    .toContainEqual(expect.stringContaining('Gerekçe: İş nedeniyle Mersin’e taşındı'));
  const told = mailsTo(seated.email).find((mail) => mail.text.includes('Gerekçe:'));
  expect(told?.text).toContain('kaydınız program koordinatörü tarafından sonlandırıldı');
  // The person waiting (who reads English) is told they have the seat.
  await expect
    .poll(() => mailsTo(waiting.email).map((mail) => mail.text))
    .toContainEqual(expect.stringContaining('A seat freed up'));
});

test('the roster downloads as CSV and Excel with Turkish headers for a Turkish reader', async ({
  page,
  request,
}) => {
  const { coordinator, seated, waiting, session } = await setUp(request);
  await signIn(page, coordinator);
  await page.goto(`/coordinate/sessions/${session.id}`);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV olarak indir' }).first().click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^roster-[0-9a-f]{8}\.csv$/);
  const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(lines[0]).toContain('"Ad soyad","E-posta","Kurum","Durum","Bekleme listesindeki sırası"');
  expect(lines.find((line) => line.includes(seated.fullName))).toContain('"Kayıtlı"');
  expect(lines.find((line) => line.includes(waiting.fullName))).toContain('"Bekleme listesinde","1"');

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Excel olarak indir' }).first().click();
  expect((await xlsxDownload).suggestedFilename()).toMatch(/^roster-[0-9a-f]{8}\.xlsx$/);
});

test('the import report gives each refused row its reason in the reader’s language', async ({
  page,
  request,
}) => {
  const { id, coordinator, session } = await setUp(request);
  const csv = [
    'email,full_name,gender',
    'not-an-email,Wrong Address,',
    `nameless.${id}@example.org,,`,
    `selim.${id}@example.org,Selim Arı,robot`,
  ].join('\n');
  await signIn(page, coordinator);
  await page.goto(`/coordinate/sessions/${session.id}`);
  await page.getByLabel('CSV ya da XLSX dosyası').setInputFiles({
    name: 'katilimcilar.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'İçe aktar', exact: true }).click();
  const report = page.getByRole('table', { name: 'İçe aktarma raporu' });
  await expect(report.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText(
    '“not-an-email” geçerli bir e-posta adresi değil.',
  );
  await expect(report.getByRole('row').filter({ hasText: `nameless.${id}` })).toContainText(
    'Ad soyad eksik.',
  );
  await expect(report.getByRole('row').filter({ hasText: `selim.${id}` })).toContainText(
    '“robot” cinsiyet değeri şunlardan biri olmalı',
  );
  await expect(report).not.toContainText('full_name is missing');
});
