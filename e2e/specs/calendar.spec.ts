import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { signIn, unique } from '../support/portal';
import { createPerson, createRunningSession, signInAsAdmin } from '../support/seed';

test("a trainee downloads a session's meetings as an .ics file and finds their calendar feed", async ({
  page,
  request,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const trainee = { fullName: `Merve Aydın ${run}`, email: `calendar-${run}@example.org` };
  const { id } = await createPerson(request, { ...trainee, roles: ['trainee'] });
  const title = `İzmir — calendar course ${run}`;
  await createRunningSession(request, {
    title,
    meetings: [{ startMinutes: 3 * 24 * 60, minutes: 180, topic: 'Working with volunteers' }],
    personIds: [id],
  });

  await signIn(page, trainee.email);
  await page.goto('/learn/enrolments');
  const card = page.getByRole('listitem').filter({ hasText: title });
  const downloading = page.waitForEvent('download');
  await card.getByRole('link', { name: 'Add to calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^session-[0-9a-f]{8}\.ics$/);
  // Long iCalendar lines are folded: a line break followed by a space continues the line.
  const ics = (await readFile(await download.path(), 'utf8')).replace(/\r?\n[ \t]/g, '');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain(`SUMMARY:${title}: Working with volunteers`);

  await page.goto('/profile');
  await expect(page.getByRole('heading', { name: 'Calendar' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your private calendar address' })).toHaveValue(/\.ics$/);
  await expect(page.getByRole('button', { name: 'Copy the address' })).toBeVisible();
});
