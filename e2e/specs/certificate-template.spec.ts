import { deflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import type { TrainingDetail } from '@atolye/shared';
import { signIn, unique } from '../support/portal';
import { createPerson, demoTrainingId, signInAsAdmin } from '../support/seed';

/** A small one-colour PNG, made here so the test carries no file. */
function png(): Buffer {
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(32, 0);
  header.writeUInt32BE(16, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(32 * 3, 0x40)]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: 16 }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('a coordinator sets a training’s certificate template and previews it before issuing', async ({
  page,
  request,
}) => {
  const id = unique();
  const coordinator = `selin.${id}@example.org`;
  await signInAsAdmin(request);
  await createPerson(request, { fullName: `Selin Aksoy ${id}`, email: coordinator, roles: ['coordinator'] });
  const demo = (await (
    await request.get(`/api/trainings/${await demoTrainingId(request)}`)
  ).json()) as TrainingDetail;
  const created = await request.post('/api/trainings', {
    data: {
      title: { en: `Referral pathways ${id}`, tr: `Yönlendirme yolları ${id}` },
      description: { en: 'Who refers whom.', tr: 'Kim kimi yönlendirir.' },
      languages: ['en', 'tr'],
      moduleVersionIds: demo.modules.map((m) => m.id),
      completionRule: {
        minAttendancePercent: 50,
        requireAllLessons: false,
        requiredQuizzes: [],
        requireEvaluation: false,
      },
    },
  });
  expect(created.ok()).toBe(true);
  const training = (await created.json()) as TrainingDetail;

  await signIn(page, coordinator);
  await page.goto(`/coordinate/trainings/${training.id}`);
  await page.getByRole('link', { name: 'Certificate template' }).click();
  await expect(page.getByRole('heading', { name: 'Certificate template', level: 1 })).toBeVisible();
  await expect(page.getByText("This training uses the programme's default template.")).toBeVisible();
  await expect(page.getByText('Save the template to preview a certificate.')).toBeVisible();

  await page.getByRole('radio', { name: 'Certificate of Attendance' }).check();
  // A file that is not an image is refused before it is sent.
  await page
    .getByLabel('Choose an image')
    .setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
  await expect(
    page.getByRole('alert').filter({ hasText: 'This file is not a PNG or JPEG image.' }),
  ).toBeVisible();
  await page
    .getByLabel('Choose an image')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png() });
  await page.getByLabel("Organisation's name").fill('Atölye Programme');
  await page.getByLabel('Name', { exact: true }).fill('Elif Şahin');
  await page.getByLabel('Position').fill('Programme Coordinator');
  await page.getByRole('button', { name: 'Add a second signatory' }).click();
  await page.getByLabel('Name', { exact: true }).nth(1).fill('Jan de Vries');
  await page.getByLabel('Position').nth(1).fill('Team Leader');
  await page.getByRole('checkbox', { name: /Funded by the European Union/ }).check();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Certificate template saved')).toBeVisible();

  const preview = page.getByRole('link', { name: 'Preview a certificate (PDF)' });
  await expect(preview).toBeVisible();
  const response = await page.request.get((await preview.getAttribute('href')) as string);
  expect(response.ok()).toBe(true);
  // What the preview prints is checked in backend/test/certificate-templates.int-spec.ts.
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
