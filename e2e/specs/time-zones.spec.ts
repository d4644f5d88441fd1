import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessiblePage } from '../support/accessibility';
import { mainNav, signIn, unique } from '../support/portal';
import { createPerson, createSession, demoTrainingId, signInAsAdmin } from '../support/seed';

const DAY = 24 * 60 * 60 * 1000;

/** A day ten days from now, `YYYY-MM-DD` (UTC): far enough to be the next meeting. */
function comingDay(): string {
  return new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
}

/** The wall-clock time of an instant in a zone, as the portal writes it. */
function clock(instant: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/**
 * A trainee enrolled in a session meeting 14:00–17:00 Istanbul time (11:00–14:00 UTC all year,
 * Turkey keeps no summer time), seeded through the API.
 */
async function traineeInIstanbulSession(
  request: APIRequestContext,
  session: { title: string; mode: 'in_person' | 'online' },
) {
  const run = unique();
  await signInAsAdmin(request);
  const email = `zone-${run}@example.org`;
  const trainee = await createPerson(request, { fullName: `Rojda Aksoy ${run}`, email, roles: ['trainee'] });
  const day = comingDay();
  const meeting = { startsAt: `${day}T11:00:00.000Z`, endsAt: `${day}T14:00:00.000Z` };
  const online = session.mode === 'online';
  const created = await createSession(request, {
    trainingId: await demoTrainingId(request),
    title: `${session.title} ${run}`,
    mode: session.mode,
    venue: online ? null : 'Çankaya Belediyesi Kültür Merkezi, Ankara',
    meetingLink: online ? 'https://meet.atolye.example/zones' : null,
    city: online ? 'Online' : 'Ankara',
    timeZone: 'Europe/Istanbul',
    meetings: [{ ...meeting, topic: 'Protection in practice' }],
  });
  const enrolled = await request.post(`/api/sessions/${created.id}/enrolments`, {
    data: { personId: trainee.id },
  });
  expect(enrolled.ok()).toBe(true);
  return { email, meeting };
}

test.describe('a reader whose browser clock is UTC', () => {
  test.use({ timezoneId: 'UTC' });

  test('sees an Ankara meeting at 14:00–17:00, naming Istanbul time, with their own time beside it', async ({
    page,
    request,
  }) => {
    const { email } = await traineeInIstanbulSession(request, {
      title: 'Ankara — afternoon',
      mode: 'in_person',
    });
    await signIn(page, email);
    await mainNav(page).getByRole('link', { name: 'My learning' }).click();
    const next = page.locator('time').filter({ hasText: 'Istanbul time' });
    await expect(next).toContainText('14:00–17:00 (Istanbul time) · 11:00–14:00 your time (UTC)');
    await expect(page.getByText('02:00–05:00')).toHaveCount(0);

    await page.getByRole('button', { name: 'TR, Türkçe' }).click();
    await expect(page.locator('time').filter({ hasText: 'İstanbul saati' })).toContainText(
      '14:00–17:00 (İstanbul saati) · sizin saatinizle 11:00–14:00 (UTC)',
    );
  });
});

test.describe('a reader joining an online session from Brussels', () => {
  test.use({ timezoneId: 'Europe/Brussels' });

  test('sees Istanbul time and their own Brussels time beside it', async ({ page, request }) => {
    const { email, meeting } = await traineeInIstanbulSession(request, {
      title: 'Online cohort',
      mode: 'online',
    });
    const brussels = `${clock(meeting.startsAt, 'Europe/Brussels')}–${clock(meeting.endsAt, 'Europe/Brussels')}`;
    await signIn(page, email);
    await mainNav(page).getByRole('link', { name: 'My learning' }).click();
    await expect(page.locator('time').filter({ hasText: 'Istanbul time' })).toContainText(
      `14:00–17:00 (Istanbul time) · ${brussels} your time (Brussels)`,
    );
  });
});

test.describe('a coordinator working in Turkish on a computer set to UTC', () => {
  test.use({ timezoneId: 'UTC' });

  test('enters dates as dd.mm.yyyy and times on the clock of the session’s place, Brussels', async ({
    page,
    request,
  }) => {
    const run = unique();
    await signInAsAdmin(request);
    const email = `zone-coordinator-${run}@example.org`;
    await createPerson(request, {
      fullName: `Selin Öztürk ${run}`,
      email,
      roles: ['coordinator'],
      language: 'tr',
    });
    const trainingId = await demoTrainingId(request);
    await signIn(page, email);
    await page.goto(`/coordinate/sessions/new?trainingId=${trainingId}`);
    await expect(page.getByRole('heading', { name: 'Yeni oturum', level: 1 })).toBeVisible();

    // Date fields speak the portal's language, not the browser's.
    const opens = page
      .getByRole('group', { name: 'Kayıtların açılışı' })
      .getByLabel('Tarih', { exact: true });
    await expect(opens).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
    // Times too: the portal's 24-hour clock, not the browser's AM/PM.
    const closes = page.getByRole('group', { name: 'Kayıtların kapanışı' });
    await expect(closes.getByLabel('Saat', { exact: true })).toHaveValue('17:00');
    await expectAccessiblePage(page, 'session form (tr)', 'Yeni oturum');

    const title = `Brüksel çalışma ziyareti ${run}`;
    await page.getByLabel('Başlık', { exact: true }).fill(title);
    await page.getByLabel('Mekân').fill('Rue de la Loi 170, Brüksel');
    await page.getByLabel('Şehir').fill('Brüksel');
    await page.getByLabel('Ülke kodu').fill('BE');
    // The zone follows the venue's country until it is chosen by hand.
    await expect(page.getByRole('combobox', { name: 'Saat dilimi' })).toContainText('Brüksel');
    await expect(
      page.getByText('Tarih ve saatler oturumun saatine göredir: Brüksel saati.').first(),
    ).toBeVisible();

    const meeting = page.getByRole('group', { name: '1. buluşma' });
    await meeting.getByLabel('Tarih', { exact: true }).fill('15.03.2027');
    await meeting.getByLabel('Başlangıç').fill('09:30');
    await meeting.getByLabel('Bitiş').fill('12:30');
    await meeting.getByLabel('Konu').fill('AB sığınma müktesebatı');
    await page.getByRole('button', { name: 'Oturumu aç' }).click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();

    // 09:30 in Brussels on 15 March 2027 (winter time, UTC+1), shown with the reader's UTC beside it.
    await expect(
      page.getByText('09:30–12:30 (Brüksel saati) · sizin saatinizle 08:30–11:30 (UTC)'),
    ).toBeVisible();
    await expect(page.getByText('Brüksel saati (Europe/Brussels)')).toBeVisible();
    // Enrolment opens now on Brussels' clock, as it did on Istanbul's before the zone changed.
    await expect(page.getByText(/· şu anda açık/)).toBeVisible();
    const id = page.url().split('/').pop() as string;
    const stored = await (await request.get(`/api/sessions/${id}`)).json();
    expect(stored.timeZone).toBe('Europe/Brussels');
    expect(stored.meetings[0].startsAt).toBe('2027-03-15T08:30:00.000Z');
  });
});
