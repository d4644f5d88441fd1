import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type {
  AttemptView,
  CertificateSummary,
  EnrolmentLearning,
  QuizSummaryForTrainee,
} from '@atolye/shared';
import { expectAccessiblePage } from '../support/accessibility';
import { mainNav, signIn, unique } from '../support/portal';
import { createPerson, createSession, demoTrainingId, signInAsAdmin } from '../support/seed';

type Language = 'en' | 'tr';
const LANGUAGES: Language[] = ['en', 'tr'];

/** Tab titles by page, in both languages (the route titles of en.json and tr.json). */
const TITLES = {
  signIn: { en: 'Sign in', tr: 'Giriş yap' },
  register: { en: 'Create an account', tr: 'Hesap oluştur' },
  confirmEmail: { en: 'Confirm your address', tr: 'Adresinizi onaylayın' },
  verify: { en: 'Verify a certificate', tr: 'Sertifika doğrula' },
  notFound: { en: 'Page not found', tr: 'Sayfa bulunamadı' },
  home: { en: 'Home', tr: 'Ana sayfa' },
  myLearning: { en: 'My learning', tr: 'Eğitimlerim' },
  catalogue: { en: 'Catalogue', tr: 'Katalog' },
  training: { en: 'Training', tr: 'Eğitim' },
  lessons: { en: 'Lessons', tr: 'Dersler' },
  lesson: { en: 'Lesson', tr: 'Ders' },
  quiz: { en: 'Quiz', tr: 'Test' },
  profile: { en: 'Profile', tr: 'Profil' },
  myCertificates: { en: 'My certificates', tr: 'Sertifikalarım' },
  mySessions: { en: 'My sessions', tr: 'Oturumlarım' },
  session: { en: 'Session', tr: 'Oturum' },
  attendance: { en: 'Attendance', tr: 'Yoklama' },
  checkInDisplay: { en: 'Check in to this meeting', tr: 'Bu buluşmanın yoklaması' },
  results: { en: 'Quiz results', tr: 'Test sonuçları' },
  trainings: { en: 'Trainings', tr: 'Eğitimler' },
  certificates: { en: 'Certificates', tr: 'Sertifikalar' },
  reports: { en: 'Programme reports', tr: 'Program raporları' },
  indicators: { en: 'Indicators', tr: 'Göstergeler' },
  people: { en: 'People', tr: 'Kişiler' },
  organisations: { en: 'Organisations', tr: 'Kuruluşlar' },
  audit: { en: 'Audit log', tr: 'Denetim kaydı' },
  publicCatalogue: { en: 'Trainings open for applications', tr: 'Başvuruya açık eğitimler' },
  organisationMap: { en: 'Organisation map', tr: 'Kurum haritası' },
  organisationProfile: { en: 'Organisation profile', tr: 'Kurum profili' },
} satisfies Record<string, Record<Language, string>>;

/** People and a running session of the demo training, all reading the given language. */
interface Cohort {
  language: Language;
  emails: { trainee: string; holder: string; trainer: string; coordinator: string; admin: string };
  sessionId: string;
  meetingId: string;
  traineeEnrolmentId: string;
  holderEnrolmentId: string;
  trainingId: string;
}

async function enrol(request: APIRequestContext, sessionId: string, personId: string): Promise<string> {
  const response = await request.post(`/api/sessions/${sessionId}/enrolments`, { data: { personId } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { id: string }).id;
}

async function seedCohort(request: APIRequestContext, language: Language): Promise<Cohort> {
  const run = unique();
  const email = (who: string) => `a11y-${who}-${language}-${run}@example.org`;
  const emails = {
    trainee: email('trainee'),
    holder: email('holder'),
    trainer: email('trainer'),
    coordinator: email('coordinator'),
    admin: email('admin'),
  };
  await signInAsAdmin(request);
  const person = (
    key: keyof typeof emails,
    fullName: string,
    role: 'trainee' | 'trainer' | 'coordinator' | 'admin',
  ) => createPerson(request, { fullName: `${fullName} ${run}`, email: emails[key], roles: [role], language });
  const trainee = await person('trainee', 'Leyla Demir', 'trainee');
  const holder = await person('holder', 'Karim Nasser', 'trainee');
  const trainer = await person('trainer', 'Ayşe Kılıç', 'trainer');
  await person('coordinator', 'Burak Şen', 'coordinator');
  await person('admin', 'Nil Ergin', 'admin');

  const trainingId = await demoTrainingId(request);
  const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const session = await createSession(request, {
    trainingId,
    title: `Mersin — accessible workshop ${run}`,
    language,
    trainerIds: [trainer.id],
    enrolmentOpensAt: at(-3 * 24 * 60),
    meetings: [
      {
        startsAt: at(-2 * 24 * 60),
        endsAt: at(-2 * 24 * 60 + 180),
        topic: 'Opening and the legal framework',
      },
      { startsAt: at(-20), endsAt: at(160), topic: 'Protection in practice' },
    ],
  });
  const traineeEnrolmentId = await enrol(request, session.id, trainee.id);
  const holderEnrolmentId = await enrol(request, session.id, holder.id);
  const marked = await request.put(`/api/meetings/${session.meetings[0].id}/attendance`, {
    data: {
      marks: [
        { enrolmentId: traineeEnrolmentId, status: 'present' },
        { enrolmentId: holderEnrolmentId, status: 'absent' },
      ],
    },
  });
  expect(marked.ok()).toBe(true);
  return {
    language,
    emails,
    sessionId: session.id,
    meetingId: session.meetings[1].id,
    traineeEnrolmentId,
    holderEnrolmentId,
    trainingId,
  };
}

/** Issues a certificate by hand, whatever the completion rule says (admin signed in). */
async function issueCertificate(
  request: APIRequestContext,
  enrolmentId: string,
): Promise<CertificateSummary> {
  await signInAsAdmin(request);
  const response = await request.post('/api/certificates', {
    data: { enrolmentId, overrideReason: 'Completed the course work in another cohort' },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()) as CertificateSummary;
}

/** Opens an address as a person would land on it, and waits until the page has settled. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await settle(page);
}

async function settle(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

async function check(
  page: Page,
  name: string,
  title: Record<Language, string>,
  language: Language,
): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expectAccessiblePage(page, `${name} (${language})`, title[language]);
}

/** Presses Tab until the element has the focus; fails when it is not reached. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Not reachable by the Tab key in ${limit} presses: ${target.toString()}`);
}

test.use({ reducedMotion: 'reduce' });

test.describe('accessibility (WCAG 2.1 AA)', () => {
  // Each test scans a whole role's pages (a dozen axe runs); on a busy machine that takes longer
  // than one ordinary test's minute.
  test.slow();
  for (const language of LANGUAGES) {
    test(`a visitor's pages pass (${language})`, async ({ page, request }) => {
      const cohort = await seedCohort(request, language);
      const certificate = await issueCertificate(request, cohort.holderEnrolmentId);

      await visit(page, '/sign-in');
      if (language === 'tr') {
        await page.getByRole('button', { name: 'TR, Türkçe' }).click();
        await expect(page.getByRole('heading', { name: 'Giriş yap', level: 1 })).toBeVisible();
      }
      await check(page, 'sign-in', TITLES.signIn, language);
      await visit(page, '/register');
      await check(page, 'register', TITLES.register, language);
      await visit(page, '/confirm-email?token=not-a-token');
      await expect(page.getByRole('alert')).toBeVisible();
      await check(page, 'confirm email, link refused', TITLES.confirmEmail, language);
      await visit(page, '/catalogue');
      await check(page, 'public catalogue', TITLES.publicCatalogue, language);
      await visit(page, `/catalogue/${cohort.trainingId}`);
      await check(page, 'public catalogue, a training', TITLES.training, language);
      await visit(page, '/verify');
      await check(page, 'verify, empty', TITLES.verify, language);
      await visit(page, `/verify/${certificate.verificationCode}`);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await check(page, 'verify, valid certificate', TITLES.verify, language);
      await visit(page, '/verify/no-such-code');
      await check(page, 'verify, unknown code', TITLES.verify, language);
      await visit(page, '/no-such-page');
      await check(page, 'not found', TITLES.notFound, language);
    });

    test(`a trainee's pages pass (${language})`, async ({ page, request }) => {
      const cohort = await seedCohort(request, language);
      await signIn(page, cohort.emails.trainee);
      await settle(page);
      await check(page, 'home', TITLES.home, language);

      await visit(page, '/learn/enrolments');
      await check(page, 'my learning', TITLES.myLearning, language);
      await visit(page, '/learn/catalogue');
      await check(page, 'catalogue', TITLES.catalogue, language);
      await visit(page, `/learn/catalogue/${cohort.trainingId}`);
      await check(page, 'training', TITLES.training, language);

      const enrolment = `/learn/enrolments/${cohort.traineeEnrolmentId}`;
      await visit(page, enrolment);
      await check(page, 'reading path', TITLES.lessons, language);
      const learning = (await (
        await page.request.get(`/api/my/enrolments/${cohort.traineeEnrolmentId}/learning`)
      ).json()) as EnrolmentLearning;
      await visit(page, `${enrolment}/lessons/${learning.nextLessonId}`);
      await check(page, 'lesson', TITLES.lesson, language);

      const quizzes = (await (
        await page.request.get(`/api/my/enrolments/${cohort.traineeEnrolmentId}/quizzes`)
      ).json()) as QuizSummaryForTrainee[];
      const started = await page.request.post(
        `/api/my/enrolments/${cohort.traineeEnrolmentId}/quizzes/${quizzes[0].id}/attempts`,
      );
      expect(started.ok()).toBe(true);
      const attempt = (await started.json()) as AttemptView;
      await visit(page, `${enrolment}/attempts/${attempt.id}`);
      await check(page, 'quiz attempt', TITLES.quiz, language);

      await issueCertificate(request, cohort.traineeEnrolmentId);
      await visit(page, '/learn/certificates');
      await check(page, 'my certificates', TITLES.myCertificates, language);
      await visit(page, '/profile');
      await check(page, 'profile', TITLES.profile, language);
    });

    test(`a trainer's pages pass (${language})`, async ({ page, request }) => {
      const cohort = await seedCohort(request, language);
      await signIn(page, cohort.emails.trainer);
      await visit(page, '/teach/sessions');
      await check(page, 'my sessions', TITLES.mySessions, language);
      const session = `/teach/sessions/${cohort.sessionId}`;
      await visit(page, session);
      await check(page, 'session roster', TITLES.session, language);
      await visit(page, `${session}/attendance`);
      await check(page, 'attendance sheet', TITLES.attendance, language);
      await visit(page, `${session}/attendance/meetings/${cohort.meetingId}/check-in`);
      await check(page, 'check-in display', TITLES.checkInDisplay, language);
      await visit(page, `${session}/results`);
      await check(page, 'quiz results', TITLES.results, language);
    });

    test(`a coordinator's pages pass (${language})`, async ({ page, request }) => {
      const cohort = await seedCohort(request, language);
      await issueCertificate(request, cohort.holderEnrolmentId);
      await signIn(page, cohort.emails.coordinator);
      await visit(page, '/coordinate/trainings');
      await check(page, 'trainings', TITLES.trainings, language);

      // The session page with its roster, and the report of an import just made on it.
      const session = `/coordinate/sessions/${cohort.sessionId}`;
      await visit(page, session);
      const run = unique();
      const csv = [
        'email,full_name,organisation,province,country,gender,language',
        `gulsen.${run}@example.org,Gülşen Çelik,Umut Köprüsü Derneği,İzmir,TR,female,tr`,
        'not-an-email,Wrong Address,,,,,',
      ].join('\n');
      await page.locator('input[type=file]').setInputFiles({
        name: 'participants.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page
        .getByRole('button', { name: language === 'en' ? 'Import' : 'İçe aktar', exact: true })
        .click();
      const progress = language === 'en' ? 'Import progress' : 'İçe aktarma ilerlemesi';
      await expect(page.getByRole('progressbar', { name: progress })).toHaveAttribute('aria-valuenow', '100');
      // The outcome is announced, not only drawn.
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: language === 'en' ? 'Import finished' : 'İçe aktarma bitti' }),
      ).toBeVisible();
      await page.waitForLoadState('networkidle');
      await check(page, 'session with roster and import report', TITLES.session, language);

      await visit(page, `${session}/certificates`);
      await check(page, 'certificates and completion', TITLES.certificates, language);
      await visit(page, '/reports');
      await check(page, 'reports dashboard', TITLES.reports, language);
      await visit(page, '/reports/indicators');
      await check(page, 'indicators', TITLES.indicators, language);
      await visit(page, '/organisations/map');
      await check(page, 'organisation map', TITLES.organisationMap, language);
      const [organisation] = (await (
        await page.request.get('/api/organisations/options?q=Umut Köprüsü')
      ).json()) as { id: string }[];
      await visit(page, `/organisations/${organisation.id}/profile`);
      await check(page, 'organisation profile', TITLES.organisationProfile, language);
    });

    test(`a focal person's pages pass (${language})`, async ({ page, request }) => {
      const email = `a11y-focal-${language}-${unique()}@example.org`;
      await signInAsAdmin(request);
      const [organisation] = (await (
        await request.get('/api/organisations/options?q=Kilis Çocuk')
      ).json()) as { id: string }[];
      const created = await request.post('/api/people', {
        data: {
          fullName: 'Fatma Yıldırım',
          email,
          password: 'atolye-demo-2026',
          roles: ['focal_person'],
          organisationId: organisation.id,
          language,
        },
      });
      expect(created.ok()).toBe(true);
      await signIn(page, email);
      await visit(page, '/organisations/mine');
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await check(page, 'my organisation profile', TITLES.organisationProfile, language);
      await visit(page, '/organisations/map');
      await check(page, 'organisation map (focal person)', TITLES.organisationMap, language);
    });

    test(`an administrator's pages pass (${language})`, async ({ page, request }) => {
      const cohort = await seedCohort(request, language);
      await signIn(page, cohort.emails.admin);
      await visit(page, '/admin/people');
      await check(page, 'people', TITLES.people, language);
      await visit(page, '/admin/organisations');
      await check(page, 'organisations', TITLES.organisations, language);
      await visit(page, '/admin/audit');
      await check(page, 'audit log', TITLES.audit, language);
    });
  }
});

test.describe('keyboard use', () => {
  test('the skip link moves the focus to the page itself', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab continues inside the page, past the toolbar.
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Email')).toBeFocused();
  });

  test('the main navigation and the language switch work from the keyboard', async ({ page, request }) => {
    const cohort = await seedCohort(request, 'en');
    await signIn(page, cohort.emails.trainee);
    await settle(page);

    const myLearning = mainNav(page).getByRole('link', { name: 'My learning' });
    await tabTo(page, myLearning);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/learn\/enrolments$/);
    await expect(page.getByRole('heading', { name: 'My learning', level: 1 })).toBeVisible();
    await expect(myLearning).toHaveAttribute('aria-current', 'page');

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, page.getByRole('button', { name: 'TR, Türkçe' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.getByRole('heading', { name: 'Eğitimlerim', level: 1 })).toBeVisible();
    await expect(page).toHaveTitle('Eğitimlerim · Atölye');
    await expect(page.getByRole('button', { name: 'TR, Türkçe' })).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'EN, English' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('My learning · Atölye');
  });

  test('the revoke dialog keeps the focus inside and gives it back when closed', async ({
    page,
    request,
  }) => {
    const cohort = await seedCohort(request, 'en');
    const certificate = await issueCertificate(request, cohort.holderEnrolmentId);
    await signIn(page, cohort.emails.coordinator);
    await visit(page, `/coordinate/sessions/${cohort.sessionId}/certificates`);

    const revoke = page.getByRole('button', { name: `Revoke certificate ${certificate.serial}` });
    await tabTo(page, revoke, 80);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Revoke certificate ${certificate.serial}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Reason')).toBeFocused();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(revoke).toBeFocused();
  });
});
