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
  await expect(page.getByText('0 of 10 answered')).toBeVisible();
  await question(page, /winter kits to Syrian widows/)
    .getByRole('radio', {
      name: 'Agree with the women when and where they can collect the kits unseen, and take no identifiable photos',
    })
    .check();
  await question(page, /12-year-old daughter/)
    .getByRole('radio', { name: 'False' })
    .click();
  await question(page, /notify the Board, at the latest/)
    .getByRole('textbox', { name: 'Your answer (a number)' })
    .fill('72');
  await expect(page.getByText('3 of 10 answered')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await submitAttempt(page);
  await expect(page.getByRole('heading', { name: 'Result of attempt 1' })).toBeVisible();
  await expect(page.getByText('3 of 12 points')).toBeVisible();
  await expect(page.getByText('25%', { exact: true })).toBeVisible();
  await expect(page.getByText('there is no pass or fail', { exact: false })).toBeVisible();
  // The pre-test's answers wait for the post-test, so they cannot teach it.
  await expect(
    page.getByText("The correct answers are shown once you have submitted this module's post-test."),
  ).toBeVisible();

  // Back on the path: the pre-test is done; the trainee reads the first lesson.
  await page.getByRole('link', { name: 'Back to the lessons' }).first().click();
  await expect(page.getByText('Best score: 25%')).toBeVisible();
  await expect(page.getByRole('button', { name: /Pre-test/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^See the answers.*Pre-test/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Do no harm and confidentiality' }).click();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();

  // The lesson's knowledge check shows its answers and feedback straight after the attempt.
  await page.getByRole('button', { name: /^Start the knowledge check/ }).click();
  await expect(page.getByRole('heading', { name: /Knowledge check — Do no harm/, level: 1 })).toBeVisible();
  await question(page, /everyday test of Sphere Protection Principle 1/)
    .getByRole('radio', { name: 'Who could this activity put at risk, and how?' })
    .check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await submitAttempt(page);
  await expect(page.getByText('1 of 3 points')).toBeVisible();
  const sphere = page
    .getByRole('listitem')
    .filter({ hasText: 'everyday test of Sphere Protection Principle 1' });
  await expect(sphere.getByText('Correct', { exact: true })).toBeVisible();
  await expect(sphere).toContainText('avoid exposing people to further harm');
  await page.getByRole('link', { name: 'Back to the lessons' }).first().click();

  // The post-test: a few answers, then the page is reloaded and the attempt resumes.
  await page.getByRole('button', { name: /^Start.*Post-test/ }).click();
  await expect(
    page.getByRole('heading', { name: /Post-test — Protection principles/, level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Attempt 1 of 2')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^(20:00|19:\d\d)$/);
  const channel = page.getByRole('radio', {
    name: "A channel where members cannot see each other's numbers, with rules agreed with the members first",
  });
  await channel.check();
  await question(page, /refuses to be photographed/)
    .getByRole('radio', { name: 'True' })
    .click();
  const days = question(page, /standard contract with a partner in Germany/).getByRole('textbox', {
    name: 'Your answer (a number)',
  });
  await days.fill('5');
  await expect(page.getByText('3 of 10 answered')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.reload();
  await expect(page.getByText('3 of 10 answered')).toBeVisible();
  await expect(channel).toBeChecked();
  await expect(
    question(page, /refuses to be photographed/).getByRole('radio', { name: 'True' }),
  ).toBeChecked();
  await expect(days).toHaveValue('5');
  // Emptying the field takes the answer back, on the server too.
  await days.fill('');
  await expect(page.getByText('2 of 10 answered')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('2 of 10 answered')).toBeVisible();
  await expect(days).toHaveValue('');
  await days.fill('5');
  await expect(page.getByText('3 of 10 answered')).toBeVisible();

  await page
    .getByRole('radio', {
      name: 'Notify the Board within 72 hours and inform the women, whatever the deletion requests achieve',
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

  // 6 of 12 points: not passed; the review waits for the last attempt.
  await expect(page.getByRole('heading', { name: 'Result of attempt 1' })).toBeVisible();
  await expect(page.getByText('6 of 12 points')).toBeVisible();
  await expect(page.getByText('50%', { exact: true })).toBeVisible();
  await expect(page.getByText('Not passed')).toBeVisible();
  await expect(page.getByText('You have 1 more attempt.')).toBeVisible();
  await expect(
    page.getByText('The correct answers and feedback will be shown after your last attempt.'),
  ).toBeVisible();

  // The second and last attempt shows the review.
  await page.getByRole('button', { name: 'Start another attempt' }).click();
  await expect(page.getByText('Attempt 2 of 2')).toBeVisible();
  await expect(page.getByText('0 of 10 answered')).toBeVisible();
  await page
    .getByRole('radio', {
      name: "Only with the people's consent, as (d) forbids disclosure outside the body",
    })
    .check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await submitAttempt(page);
  await expect(page.getByRole('heading', { name: 'Result of attempt 2' })).toBeVisible();
  await expect(page.getByText('1 of 12 points')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  const donorList = page.getByRole('listitem').filter({ hasText: 'A donor asks for the list' });
  await expect(donorList.getByText('Correct', { exact: true })).toBeVisible();
  await expect(donorList).toContainText(
    "Only with the people's consent, as (d) forbids disclosure outside the body",
  );
  // The feedback on the answer given, and apart from it the feedback on the question.
  await expect(donorList.getByRole('definition').filter({ hasText: /^Right\./ })).toBeVisible();
  await expect(donorList.getByRole('term').filter({ hasText: 'About this question' })).toBeVisible();
  await expect(donorList).toContainText('See lesson 3');
  await expect(page.getByRole('button', { name: 'Start another attempt' })).toHaveCount(0);

  // With the post-test submitted, the pre-test's answers and feedback can be seen.
  await page.getByRole('link', { name: 'Back to the lessons' }).first().click();
  await page.getByRole('link', { name: /^See the answers.*Pre-test/ }).click();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  const interpreter = page.getByRole('listitem').filter({ hasText: '12-year-old daughter' });
  await expect(interpreter.getByText('Correct', { exact: true })).toBeVisible();
  await expect(interpreter).toContainText('use a trained interpreter');
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
  await expect(row).toContainText('En iyi %25');
  await expect(row).toContainText('En iyi %50');
  await expect(row).toContainText('Son %8');
  await expect(row).toContainText('Geçemedi');
  await expect(row).toContainText('+25');

  const module = 'Koruma ilkeleri ve kişisel verilerin korunması';
  await expect(
    page.getByRole('img', {
      name: `${module}: ön test ortalaması %25, son test ortalaması %50, kazanım +25 puan, 1 katılımcı.`,
    }),
  ).toBeVisible();
  const gain = page
    .getByRole('table', { name: 'Modül başına bilgi kazanımı' })
    .getByRole('row')
    .filter({ hasText: module });
  await expect(gain.getByRole('cell')).toHaveText(['%25', '%50', '+25', '1']);

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
  ).toContainText('En iyi %50');
});
