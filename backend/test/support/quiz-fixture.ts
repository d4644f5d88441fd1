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

/**
 * A knowledge check with every question type and what GIFT can say of each: a description,
 * partial credit, feedback per option and per answer, a catch-all, a matching distractor.
 */
export const EVERY_TYPE_QUESTIONS = [
  { id: 'intro', type: 'description', text: t('A case to read first.', 'Önce okunacak bir vaka.') },
  {
    id: 'k1',
    type: 'single_choice',
    points: 1,
    text: t('Last Ottoman capital?', "Osmanlı'nın son başkenti?"),
    options: [
      { text: t('Istanbul', 'İstanbul'), correct: true, feedback: t('SECRET right', 'GİZLİ doğru') },
      { text: t('Constantinople', 'Konstantiniyye'), weight: 50, feedback: t('SECRET half', 'GİZLİ yarım') },
      { text: t('Bursa', 'Bursa') },
    ],
    generalFeedback: t('SECRET-GENERAL', 'GİZLİ-GENEL'),
  },
  {
    id: 'k2',
    type: 'multiple_choice',
    points: 2,
    text: t('Which protect people?', 'Hangileri insanları korur?'),
    options: [
      { text: t('Consent', 'Rıza'), weight: 33.33333 },
      { text: t('Anonymise', 'Anonimleştirme'), weight: 33.33333 },
      { text: t('Refer', 'Yönlendirme'), weight: 33.33333 },
      {
        text: t('Publish names', 'İsimleri yayımlamak'),
        weight: -100,
        feedback: t('SECRET no', 'GİZLİ hayır'),
      },
    ],
  },
  {
    id: 'k3',
    type: 'true_false',
    points: 1,
    text: t('Law No. 6458 is from 2013.', '6458 sayılı Kanun 2013 tarihlidir.'),
    answer: true,
    feedbackTrue: t('SECRET yes', 'GİZLİ evet'),
    feedbackFalse: t('SECRET it is', 'GİZLİ öyle'),
  },
  {
    id: 'k4',
    type: 'short_answer',
    points: 1,
    text: t('Who founded the Republic?', 'Cumhuriyetin kurucusu kimdir?'),
    accept: {
      en: [
        { text: 'Atatürk', feedback: 'SECRET full' },
        { text: 'Mustafa Kemal', weight: 50, feedback: 'SECRET surname too' },
        { text: '*', weight: 0, feedback: 'SECRET anything else' },
      ],
      tr: ['Atatürk'],
    },
  },
  {
    id: 'k5',
    type: 'numerical',
    points: 2,
    text: t('Hours to notify a breach?', 'İhlal kaç saat içinde bildirilir?'),
    answers: [
      { value: 72, tolerance: 0, feedback: t('SECRET exactly', 'GİZLİ tam') },
      { min: 48, max: 96, weight: 50 },
      { otherwise: true, feedback: t('SECRET art. 33', 'GİZLİ md. 33') },
    ],
  },
  {
    id: 'k6',
    type: 'matching',
    points: 2,
    text: t('Match the roles.', 'Rolleri eşleştirin.'),
    pairs: [
      { left: t('Controller', 'Veri sorumlusu'), right: t('Decides why', 'Amacı belirler') },
      { left: t('Processor', 'Veri işleyen'), right: t('Acts for the controller', 'Sorumlu adına işler') },
    ],
    distractors: [t('Regulates', 'Denetler')],
  },
];

/**
 * A small module with a pre-test, a timed post-test and a knowledge check of every type, published
 * into the test database. A later `version` may change one quiz's questions (`changedQuiz`), to
 * move sessions between versions.
 */
export async function publishQuizFixture(
  app: TestApp,
  {
    version = '1.0.0',
    changedQuiz,
    slug = 'assessment-fixture',
  }: {
    version?: string;
    changedQuiz?: 'pre-test' | 'post-test';
    /** Specs that move sessions between versions use a module of their own: specs share a database. */
    slug?: string;
  } = {},
): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'atolye-quiz-'));
  const folder = join(root, `content/modules/${slug}`);
  mkdirSync(join(folder, 'lessons/01-only-lesson'), { recursive: true });
  mkdirSync(join(folder, 'quizzes'));
  writeFileSync(
    join(folder, 'module.yaml'),
    stringify({
      slug,
      version,
      languages: ['en', 'tr'],
      title: t('Assessment fixture', 'Değerlendirme örneği'),
      summary: t('For tests.', 'Testler için.'),
      objectives: [t('Answer questions', 'Soruları yanıtlamak')],
      topics: ['project-management'],
      estimatedMinutes: 5,
      authors: [{ name: 'Test Author' }],
      licence: 'CC-BY-SA-4.0',
      lessons: ['01-only-lesson'],
      quizzes: ['pre-test', 'post-test', 'every-type'],
      changelog: [
        { version: '1.0.0', date: '2026-11-25', changes: t('First.', 'İlk.') },
        ...(version === '1.0.0'
          ? []
          : [
              {
                version,
                date: '2026-12-01',
                changes: t(`Changed ${changedQuiz}.`, `${changedQuiz} değişti.`),
              },
            ]),
      ],
    }),
  );
  for (const language of ['en', 'tr']) {
    writeFileSync(
      join(folder, `lessons/01-only-lesson/${language}.md`),
      `---\ntitle: Lesson ${language}\norder: 1\nverified: 2026-11-20\nestimatedMinutes: 5\n---\n\n## Text\n\nBody.\n`,
    );
  }
  const settings = (slug: string) => ({
    shuffleQuestions: true,
    shuffleOptions: true,
    title: t('Quiz', 'Sınav'),
    questions:
      slug === changedQuiz
        ? FIXTURE_QUESTIONS.map((q, i) =>
            i === 0 ? { ...q, text: t(`${q.text.en} (revised)`, q.text.tr) } : q,
          )
        : FIXTURE_QUESTIONS,
  });
  writeFileSync(
    join(folder, 'quizzes/pre-test.yaml'),
    stringify({
      slug: 'pre-test',
      kind: 'pre_test',
      passMarkPercent: 0,
      maxAttempts: 1,
      reviewPolicy: 'never',
      ...settings('pre-test'),
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
      ...settings('post-test'),
    }),
  );
  writeFileSync(
    join(folder, 'quizzes/every-type.yaml'),
    stringify({
      slug: 'every-type',
      kind: 'knowledge_check',
      title: t('Every type', 'Her tür'),
      passMarkPercent: 50,
      maxAttempts: 3,
      shuffleQuestions: true,
      shuffleOptions: true,
      reviewPolicy: 'after_each_attempt',
      questions: EVERY_TYPE_QUESTIONS,
    }),
  );
  const { modules, problems } = loadContent(join(root, 'content'), root);
  rmSync(root, { recursive: true, force: true });
  if (problems.length > 0) throw new Error(`quiz fixture is invalid: ${JSON.stringify(problems)}`);
  await app.app.get(ContentPublisher).publish(modules);
}
