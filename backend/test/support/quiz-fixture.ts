import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ContentPublisher } from '../../src/content/content-publisher.service';
import { loadContent } from '../../src/content/content-loader';
import type { TestApp } from './test-app';

const t = (en: string, tr: string) => ({ en, tr });

/** Questions of every type, with keys the tests look for in trainee-facing answers. */
export const FIXTURE_QUESTIONS = [
  {
    id: 'q01',
    type: 'single_choice',
    points: 1,
    text: t('Which column holds external conditions?', 'Hangi sütun dış koşulları içerir?'),
    options: [
      {
        text: t('Assumptions', 'Varsayımlar'),
        correct: true,
        feedback: t('SECRET-FEEDBACK right', 'GİZLİ doğru'),
      },
      { text: t('Indicators', 'Göstergeler'), feedback: t('SECRET-FEEDBACK wrong', 'GİZLİ yanlış') },
    ],
    generalFeedback: t('SECRET-GENERAL', 'GİZLİ-GENEL'),
  },
  {
    id: 'q02',
    type: 'multiple_choice',
    points: 2,
    text: t('SMART criteria?', 'SMART ölçütleri?'),
    options: [
      { text: t('Specific', 'Belirli'), weight: 50 },
      { text: t('Measurable', 'Ölçülebilir'), weight: 50 },
      { text: t('Expensive', 'Pahalı'), weight: -100 },
    ],
  },
  {
    id: 'q03',
    type: 'true_false',
    points: 1,
    text: t('Turkey keeps the geographical limitation.', 'Türkiye coğrafi sınırlamayı korur.'),
    answer: true,
  },
  {
    id: 'q04',
    type: 'short_answer',
    points: 1,
    text: t('Law number on personal data?', 'Kişisel veriler kanun numarası?'),
    accept: { en: ['6698'], tr: ['6698'] },
  },
  {
    id: 'q05',
    type: 'numerical',
    points: 1,
    text: t('Year of Law 6458?', '6458 sayılı Kanun hangi yıl?'),
    answers: [{ value: 2013, tolerance: 0 }],
  },
  {
    id: 'q06',
    type: 'matching',
    points: 2,
    text: t('Match', 'Eşleştirin'),
    pairs: [
      { left: t('Refugee', 'Mülteci'), right: t('European events', 'Avrupa olayları') },
      {
        left: t('Conditional refugee', 'Şartlı mülteci'),
        right: t('Non-European events', 'Avrupa dışı olaylar'),
      },
    ],
  },
];

/** A small module with a pre-test and a timed post-test, published into the test database. */
export async function publishQuizFixture(app: TestApp): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'atolye-quiz-'));
  const folder = join(root, 'content/modules/assessment-fixture');
  mkdirSync(join(folder, 'lessons/01-only-lesson'), { recursive: true });
  mkdirSync(join(folder, 'quizzes'));
  writeFileSync(
    join(folder, 'module.yaml'),
    stringify({
      slug: 'assessment-fixture',
      version: '1.0.0',
      languages: ['en', 'tr'],
      title: t('Assessment fixture', 'Değerlendirme örneği'),
      summary: t('For tests.', 'Testler için.'),
      objectives: [t('Answer questions', 'Soruları yanıtlamak')],
      topics: ['project-management'],
      estimatedMinutes: 5,
      authors: [{ name: 'Test Author' }],
      licence: 'CC-BY-SA-4.0',
      lessons: ['01-only-lesson'],
      quizzes: ['pre-test', 'post-test'],
      changelog: [{ version: '1.0.0', date: '2026-11-25', changes: t('First.', 'İlk.') }],
    }),
  );
  for (const language of ['en', 'tr']) {
    writeFileSync(
      join(folder, `lessons/01-only-lesson/${language}.md`),
      `---\ntitle: Lesson ${language}\norder: 1\nverified: 2026-11-20\nestimatedMinutes: 5\n---\n\n## Text\n\nBody.\n`,
    );
  }
  const settings = {
    shuffleQuestions: true,
    shuffleOptions: true,
    title: t('Quiz', 'Sınav'),
    questions: FIXTURE_QUESTIONS,
  };
  writeFileSync(
    join(folder, 'quizzes/pre-test.yaml'),
    stringify({
      slug: 'pre-test',
      kind: 'pre_test',
      passMarkPercent: 0,
      maxAttempts: 1,
      reviewPolicy: 'never',
      ...settings,
    }),
  );
  writeFileSync(
    join(folder, 'quizzes/post-test.yaml'),
    stringify({
      slug: 'post-test',
      kind: 'post_test',
      passMarkPercent: 70,
      maxAttempts: 2,
      timeLimitMinutes: 20,
      reviewPolicy: 'after_last_attempt',
      pairedWith: 'pre-test',
      ...settings,
    }),
  );
  const { modules, problems } = loadContent(join(root, 'content'), root);
  rmSync(root, { recursive: true, force: true });
  if (problems.length > 0) throw new Error(`quiz fixture is invalid: ${JSON.stringify(problems)}`);
  await app.app.get(ContentPublisher).publish(modules);
}
