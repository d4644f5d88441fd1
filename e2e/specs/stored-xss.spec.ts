import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn, signOut, unique } from '../support/portal';
import { createRunningSession, signInAsAdmin } from '../support/seed';

const DAY = 24 * 60;

/** Markup that would become elements (marked `data-xss` or `.xss`) if the portal rendered text as HTML. */
function payloads(run: string) {
  return {
    name: `<img src=x data-xss=name onerror=alert(1)>Nadia <b class=xss>Öztürk</b> ${run}`,
    organisation: `<svg data-xss=org onload=alert(2)></svg>Göç <i class=xss>Derneği</i> ${run}`,
    comment: `<script data-xss=comment>alert(3)</script><a class=xss href="javascript:alert(4)">bağlantı</a> Çok yararlıydı ${run}`,
  };
}

/** The text is on the page as text: visible word for word, and none of its markup became an element. */
async function expectShownAsText(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  await expect(page.locator('[data-xss], .xss')).toHaveCount(0);
}

test('names, organisation names and comments with markup are shown as text, never run', async ({
  page,
  request,
}) => {
  const run = unique();
  const xss = payloads(run);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await signInAsAdmin(request);
  const organisation = await request.post('/api/organisations', {
    data: {
      name: xss.organisation,
      type: 'cso',
      country: 'TR',
      province: 'Hatay',
      thematicAreas: ['protection'],
    },
  });
  expect(organisation.ok()).toBe(true);
  const email = `xss-${run}@example.org`;
  const person = await request.post('/api/people', {
    data: {
      fullName: xss.name,
      email,
      password: 'atolye-demo-2026',
      roles: ['trainee'],
      language: 'en',
      organisationId: ((await organisation.json()) as { id: string }).id,
    },
  });
  expect(person.ok()).toBe(true);
  const { session, enrolmentIds } = await createRunningSession(request, {
    title: `Hatay — finished workshop ${run}`,
    meetings: [{ startMinutes: -2 * DAY, minutes: 180, topic: 'Protection in practice' }],
    personIds: [((await person.json()) as { id: string }).id],
  });

  // The trainee leaves a comment with markup in it.
  await signIn(page, email);
  const evaluation = await page.request.post(`/api/my/enrolments/${enrolmentIds[0]}/evaluation`, {
    data: {
      ratings: { relevance: 5, trainer: 4, materials: 4, organisation: 5 },
      comments: xss.comment,
      anonymous: false,
    },
  });
  expect(evaluation.ok()).toBe(true);
  await page.goto('/home');
  await expectShownAsText(page, [xss.name]);
  await signOut(page);

  await signIn(page, DEMO.admin);
  await page.goto(`/admin/organisations?q=${run}`);
  await expectShownAsText(page, [xss.organisation]);
  await page.goto(`/admin/people?q=${encodeURIComponent(email)}`);
  await expectShownAsText(page, [xss.name]);
  await page.goto(`/coordinate/sessions/${session.id}`);
  await expectShownAsText(page, [xss.name]);
  await page.goto(`/coordinate/sessions/${session.id}/attendance`);
  await expectShownAsText(page, [xss.name]);
  await page.goto(`/coordinate/sessions/${session.id}/evaluations`);
  await expectShownAsText(page, [xss.comment, xss.name]);
  expect(dialogs).toEqual([]);
});
