import { expect, test } from '@playwright/test';
import { signIn, unique } from '../support/portal';
import { createPerson, createRunningSession, signInAsAdmin } from '../support/seed';

test('the bell counts what is unread; opening one follows it, and all can be marked read', async ({
  page,
  request,
}) => {
  const run = unique();
  await signInAsAdmin(request);
  const trainee = { fullName: `Omar Khalil ${run}`, email: `bell-${run}@example.org` };
  const { id } = await createPerson(request, { ...trainee, roles: ['trainee'] });
  // Enrolled by hand in two sessions: two notifications.
  const first = await createRunningSession(request, {
    title: `Kilis — bell ${run}`,
    meetings: [{ startMinutes: 3 * 24 * 60, minutes: 180, topic: 'Opening' }],
    personIds: [id],
  });
  await createRunningSession(request, {
    title: `Hatay — bell ${run}`,
    meetings: [{ startMinutes: 4 * 24 * 60, minutes: 180, topic: 'Opening' }],
    personIds: [id],
  });

  await signIn(page, trainee.email);
  const bell = page.getByRole('button', { name: 'Notifications, 2 unread' });
  await expect(bell).toBeVisible();
  await bell.click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveCount(2);
  await menu
    .getByRole('menuitem', { name: new RegExp(`You were enrolled in ${first.session.title}`) })
    .click();
  await expect(page).toHaveURL(/\/learn\/enrolments$/);
  await expect(page.getByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();

  await page.getByRole('button', { name: 'Notifications, 1 unread' }).click();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(page.getByRole('button', { name: 'Notifications, 0 unread' })).toBeVisible();
});

test('a trainee switches reminders off on the profile', async ({ page, request }) => {
  const run = unique();
  await signInAsAdmin(request);
  const trainee = { fullName: `Elena Papadopoulou ${run}`, email: `prefs-${run}@example.org` };
  await createPerson(request, { ...trainee, roles: ['trainee'] });
  await signIn(page, trainee.email);
  await page.goto('/profile');
  const reminders = page.getByRole('checkbox', { name: 'A reminder the day before each meeting' });
  await expect(reminders).toBeChecked();
  // Only the mails of the person's own roles are offered.
  await expect(page.getByRole('checkbox', { name: /daily digest/ })).toHaveCount(0);
  await reminders.uncheck();
  await expect(page.getByText('Your mail preferences are saved.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: 'A reminder the day before each meeting' }),
  ).not.toBeChecked();
});

test('an unsubscribe link that is not valid says so', async ({ page }) => {
  await page.goto(`/unsubscribe?token=${'x'.repeat(32)}&kind=evaluation_open`);
  await expect(
    page.getByText("Stop receiving this mail: A note when a session's evaluation opens?"),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Stop these mails' }).click();
  await expect(
    page.getByText('This unsubscribe link is not valid. Switch the mails off on your profile instead.'),
  ).toBeVisible();
});
