import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { EnrolmentSummary, ModuleVersionSummary, Page as ListPage, PersonSummary } from '@atolye/shared';
import { DEMO, DEMO_PASSWORD, mainNav, signIn, signOut, unique } from '../support/portal';
import { createPerson, createSession, signInAsAdmin } from '../support/seed';

const MODULE = 'protection-and-data-protection';

/** A published training made of the one module, as the admin (signed in on `request`). */
async function publishOneModuleTraining(request: APIRequestContext, title: string): Promise<string> {
  const modules = (await (await request.get('/api/modules')).json()) as ModuleVersionSummary[];
  const module = modules.find((m) => m.slug === MODULE);
  expect(module).toBeDefined();
  const created = await request.post('/api/trainings', {
    data: {
      title: { en: title, tr: `Koruma ve veri ${title}` },
      description: { en: 'Protection principles in casework.', tr: 'Vaka çalışmasında koruma ilkeleri.' },
      languages: ['en', 'tr'],
      moduleVersionIds: [module?.id],
      completionRule: {
        minAttendancePercent: 0,
        requireAllLessons: false,
        requiredQuizzes: [],
        requireEvaluation: false,
      },
    },
  });
  expect(created.ok()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/trainings/${id}/publish`)).ok()).toBe(true);
  return id;
}

async function personId(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.get('/api/people', { params: { q: email } });
  expect(response.ok()).toBe(true);
  const page = (await response.json()) as ListPage<PersonSummary>;
  const person = page.items.find((p) => p.email === email);
  expect(person).toBeDefined();
  return person?.id ?? '';
}

/** One question on the quiz page, found by words of its text. */
function question(page: Page, text: RegExp): Locator {
  return page.getByRole('group', { name: new RegExp(`^Question \\d+ of \\d+.*${text.source}`) });
}

async function submitAttempt(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
  await dialog.getByRole('button', { name: 'Submit', exact: true }).click();
}

test('a trainee takes the pre-test and a resumed post-test; the trainer sees scores and the knowledge gain', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const id = unique();
  const trainingTitle = `Safe casework ${id}`;
  const sessionTitle = `Adana — protection workshop ${id}`;
  const trainee = `nour.${id}@example.org`;
  const traineeName = `Nour Haddad ${id}`;

  // Seed: a one-module training, a session the demo trainer teaches, and a trainee whom the
  // coordinator enrols by hand.
  await signInAsAdmin(request);
  const trainingId = await publishOneModuleTraining(request, trainingTitle);
  const session = await createSession(request, {
    trainingId,
    title: sessionTitle,
    trainerIds: [await personId(request, DEMO.trainer)],
  });
  const { id: traineeId } = await createPerson(request, {
    fullName: traineeName,
    email: trainee,
    roles: ['trainee'],
  });
  const asCoordinator = await request.post('/api/auth/sign-in', {
    data: { email: DEMO.coordinator, password: DEMO_PASSWORD },
  });
  expect(asCoordinator.ok()).toBe(true);
  const enrolled = await request.post(`/api/sessions/${session.id}/enrolments`, {
    data: { personId: traineeId },
  });
  expect(enrolled.ok()).toBe(true);
  expect(((await enrolled.json()) as EnrolmentSummary).status).toBe('enrolled');

  // The pre-test is suggested before the first lesson.
  await signIn(page, trainee);
  await mainNav(page).getByRole('link', { name: 'My learning' }).click();
  await page
    .getByRole('listitem')
    .filter({ hasText: trainingTitle })
    .getByRole('link', { name: 'Start learning' })
    .click();
  await expect(page.getByText('Take it before the first lesson', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: /^Start.*Pre-test/ }).click();

  await expect(
    page.getByRole('heading', { name: /Pre-test — Protection principles/, level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('0 of 8 answered')).toBeVisible();
  await question(page, /A volunteer posts photos/)
    .getByRole('radio', {
      name: 'A woman hiding from a violent partner or relative can be recognised and located.',
    })
    .check();
  await question(page, /refuses to be photographed/)
    .getByRole('radio', { name: 'True' })
    .click();
  await question(page, /law number of Turkey's Personal Data Protection Law/)
    .getByRole('textbox', { name: 'Your answer' })
    .fill('6698');
  await expect(page.getByText('3 of 8 answered')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await submitAttempt(page);
  await expect(page.getByRole('heading', { name: 'Result of attempt 1' })).toBeVisible();
  await expect(page.getByText('3 of 9 points')).toBeVisible();
  await expect(page.getByText('33%', { exact: true })).toBeVisible();
  await expect(page.getByText('there is no pass or fail', { exact: false })).toBeVisible();
  await expect(page.getByText('This quiz does not show the correct answers.')).toBeVisible();

  // Back on the path: the pre-test is done; the trainee reads the first lesson.
  await page.getByRole('link', { name: 'Back to the lessons' }).first().click();
  await expect(page.getByText('Best score: 33%')).toBeVisible();
  await expect(page.getByRole('button', { name: /Pre-test/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Do no harm and confidentiality' }).click();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'All lessons' }).first().click();

  // The post-test: a few answers, then the page is reloaded and the attempt resumes.
  await page.getByRole('button', { name: /^Start.*Post-test/ }).click();
  await expect(
    page.getByRole('heading', { name: /Post-test — Protection principles/, level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Attempt 1 of 2')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^(20:00|19:\d\d)$/);
  const queue = page.getByRole('radio', {
    name: 'Staggered time slots, so that no queue forms in the street, and a discreet entrance',
  });
  await queue.check();
  await question(page, /15-year-old son may interpret/)
    .getByRole('radio', { name: 'False' })
    .click();
  const hours = question(page, /GDPR art\. 33/).getByRole('textbox', { name: 'Your answer (a number)' });
  await hours.fill('72');
  await expect(page.getByText('3 of 10 answered')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.reload();
  await expect(page.getByText('3 of 10 answered')).toBeVisible();
  await expect(queue).toBeChecked();
  await expect(
    question(page, /15-year-old son may interpret/).getByRole('radio', { name: 'False' }),
  ).toBeChecked();
  await expect(hours).toHaveValue('72');
  // Emptying the field takes the answer back, on the server too.
  await hours.fill('');
  await expect(page.getByText('2 of 10 answered')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('2 of 10 answered')).toBeVisible();
  await expect(hours).toHaveValue('');
  await hours.fill('72');
  await expect(page.getByText('3 of 10 answered')).toBeVisible();

  await page
    .getByRole('radio', {
      name: 'You can say no, or change your mind later, and you will still receive the service either way.',
    })
    .check();
  const matching = question(page, /data protection law with its description/);
  await matching.getByLabel('Data controller', { exact: true }).selectOption({
    label:
      'Decides why and how personal data are processed, for example your organisation for its own case files',
  });
  await matching.getByLabel('Processor', { exact: true }).selectOption({
    label:
      "Processes data on the controller's behalf under a written contract, for example an IT company hosting your database",
  });
  await matching.getByLabel('Joint controllers', { exact: true }).selectOption({
    label: 'Partners who decide the purposes together, for example through one shared beneficiary database',
  });
  await matching.getByLabel('Separate controller', { exact: true }).selectOption({
    label: 'A partner that receives data for its own purposes, so both sides need a lawful basis',
  });
  await expect(page.getByText('5 of 10 answered')).toBeVisible();
  await submitAttempt(page);

  // 8 of 14 points: not passed; the review waits for the last attempt.
  await expect(page.getByRole('heading', { name: 'Result of attempt 1' })).toBeVisible();
  await expect(page.getByText('8 of 14 points')).toBeVisible();
  await expect(page.getByText('57%', { exact: true })).toBeVisible();
  await expect(page.getByText('Not passed')).toBeVisible();
  await expect(page.getByText('You have 1 more attempt.')).toBeVisible();
  await expect(
    page.getByText('The correct answers and feedback will be shown after your last attempt.'),
  ).toBeVisible();

  // The second and last attempt shows the review.
  await page.getByRole('button', { name: 'Start another attempt' }).click();
  await expect(page.getByText('Attempt 2 of 2')).toBeVisible();
  await expect(page.getByText('0 of 10 answered')).toBeVisible();
  await page.getByRole('radio', { name: 'Consent, given through a separate opt-in' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await submitAttempt(page);
  await expect(page.getByRole('heading', { name: 'Result of attempt 2' })).toBeVisible();
  await expect(page.getByText('1 of 14 points')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  const newsletter = page
    .getByRole('listitem')
    .filter({ hasText: "which lawful basis fits a CSO's newsletter" });
  await expect(newsletter.getByText('Correct', { exact: true })).toBeVisible();
  await expect(newsletter).toContainText('Consent, given through a separate opt-in');
  // The feedback on the answer given, and apart from it the feedback on the question.
  await expect(newsletter.getByRole('definition').filter({ hasText: /^Right\./ })).toBeVisible();
  await expect(newsletter.getByRole('term').filter({ hasText: 'About this question' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start another attempt' })).toHaveCount(0);
  await signOut(page);

  // The trainer (Turkish interface) opens the session's results.
  await signIn(page, DEMO.trainer);
  await mainNav(page).getByRole('link', { name: 'Oturumlarım' }).click();
  await page.getByRole('link', { name: sessionTitle }).click();
  await page.getByRole('link', { name: 'Test sonuçları' }).click();
  await expect(page.getByRole('heading', { name: 'Test sonuçları', level: 1 })).toBeVisible();

  const row = page
    .getByRole('table', { name: 'Katılımcı başına test puanları' })
    .getByRole('row')
    .filter({ hasText: traineeName });
  await expect(row).toContainText('En iyi %33');
  await expect(row).toContainText('En iyi %57');
  await expect(row).toContainText('Son %7');
  await expect(row).toContainText('Geçemedi');
  await expect(row).toContainText('+24');

  const module = 'Koruma ilkeleri ve kişisel verilerin korunması';
  await expect(
    page.getByRole('img', {
      name: `${module}: ön test ortalaması %33, son test ortalaması %57, kazanım +24 puan, 1 katılımcı.`,
    }),
  ).toBeVisible();
  const gain = page
    .getByRole('table', { name: 'Modül başına bilgi kazanımı' })
    .getByRole('row')
    .filter({ hasText: module });
  await expect(gain.getByRole('cell')).toHaveText(['%33', '%57', '+24', '1']);

  await expect(page.getByRole('heading', { name: 'Soru zorluğu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CSV olarak indir' })).toHaveAttribute(
    'href',
    `/api/sessions/${session.id}/quiz-results.csv`,
  );
  await expect(page.getByRole('link', { name: 'Excel olarak indir' })).toBeVisible();
  await page.getByRole('link', { name: 'Oturuma dön' }).click();
  await expect(page.getByRole('heading', { name: sessionTitle, level: 1 })).toBeVisible();
  await signOut(page);
  // The sign-in page kept the trainer's Turkish; the shared sign-in step reads English.
  await page.evaluate(() => localStorage.removeItem('atolye.language'));

  // The coordinator reaches the same results from their own session page.
  await signIn(page, DEMO.coordinator);
  await page.goto(`/coordinate/sessions/${session.id}`);
  await page.getByRole('link', { name: 'Test sonuçları' }).click();
  await expect(page).toHaveURL(new RegExp(`/coordinate/sessions/${session.id}/results$`));
  await expect(
    page
      .getByRole('table', { name: 'Katılımcı başına test puanları' })
      .getByRole('row')
      .filter({ hasText: traineeName }),
  ).toContainText('En iyi %57');
});
