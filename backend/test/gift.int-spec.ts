import type {
  GiftConversion,
  ModuleVersionDetail,
  ModuleVersionSummary,
  QuestionDefinition,
} from '@atolye/shared';
import { giftToQuestions } from '../src/content/gift/gift-to-quiz';
import { QuizParser } from '../src/content/quiz-parser';
import { signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { publishRepositoryContent } from './support/training-factories';

const EN = `// Questions written by hand, as a trainer coming from Moodle would.
::law::Which law regulates personal data in Turkey? See https://www.kvkk.gov.tr {
=Law No. 6698#Right: the KVKK.
~%50%The KVKK regulation#Close: the regulation rests on the law.
~Law No. 6458
}

::hours::How many hours to notify a breach under GDPR art. 33? {#=72 =%50%48..96#Close ~#See art. 33.}
`;
const TR = `// Aynı sorular, Türkçe.
::law::Türkiye'de kişisel verileri hangi kanun düzenler? Bkz. https://www.kvkk.gov.tr {
=6698 sayılı Kanun#Doğru: KVKK.
~%50%KVKK yönetmeliği#Yakın: yönetmelik kanuna dayanır.
~6458 sayılı Kanun
}

::hours::GDPR md. 33'e göre ihlal kaç saat içinde bildirilir? {#=72 =%50%48..96#Yakın ~#Bkz. md. 33.}
`;

describe('Moodle GIFT in the portal', () => {
  let t: TestApp;
  let coordinator: string;
  let trainer: string;
  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = (await signedIn(t, ['coordinator'])).cookie;
    trainer = (await signedIn(t, ['trainer'])).cookie;
  });
  afterAll(() => t.close());

  /** The published version of a module, whatever content/modules holds now. */
  const versionOf = async (slug: string): Promise<string> =>
    (
      (await t.http().get('/api/modules').set('Cookie', trainer).expect(200)).body as ModuleVersionSummary[]
    ).find((m) => m.slug === slug)?.version as string;

  const convert = (cookie: string, body: object) =>
    t.http().post('/api/quiz-files/from-gift').set('Cookie', cookie).send(body);

  it('turns an English and a Turkish file into the questions and the quiz file to add to the module', async () => {
    const response = await convert(coordinator, {
      slug: 'post-test',
      kind: 'post_test',
      files: [
        { language: 'en', text: EN },
        { language: 'tr', text: TR },
      ],
    }).expect(200);
    const result = response.body as GiftConversion;
    expect(result.problems).toEqual([]);
    expect(result.fileName).toBe('post-test.yaml');
    expect(result.questions[0]).toMatchObject({
      id: 'law',
      type: 'single_choice',
      options: [
        { correct: true, feedback: { en: 'Right: the KVKK.', tr: 'Doğru: KVKK.' } },
        { correct: false, weight: 50 },
        { correct: false },
      ],
    });
    const { quiz, problems } = new QuizParser('post-test.yaml', result.yaml as string, ['en', 'tr']).parse(
      'post-test',
    );
    expect(problems).toEqual([]);
    expect(quiz).toMatchObject({
      kind: 'post_test',
      passMarkPercent: 70,
      title: { en: 'Post-test', tr: 'Son test' },
    });
    expect(quiz?.questions).toEqual(result.questions);
  });

  it('lets a trainer convert too, and lists every problem by file and line with nothing to download', async () => {
    const broken = `${EN}\n::essay::Write about it {}\n\n::weights::Pick {~%-15%a ~%50%b ~%50%c}\n`;
    const response = await convert(trainer, {
      slug: 'pre-test',
      kind: 'pre_test',
      files: [{ language: 'en', text: broken }],
    }).expect(200);
    const result = response.body as GiftConversion;
    expect(result.yaml).toBeNull();
    expect(result.problems.map((p) => `${p.language}:${p.line} ${p.code}`)).toEqual([
      'en:10 essay',
      'en:12 weightNotOnList',
    ]);
    expect(result.questions.map((q) => q.id)).toEqual(['law', 'hours', 'weights']);
  });

  it('refuses requests it cannot read with the field and the reason', async () => {
    const noFiles = await convert(coordinator, { slug: 'post-test', kind: 'post_test', files: [] }).expect(
      400,
    );
    expect(noFiles.body.details).toEqual([
      { field: 'files', reason: 'files must hold a GIFT file for at least one language' },
    ]);
    const twice = await convert(coordinator, {
      slug: 'post-test',
      kind: 'post_test',
      files: [
        { language: 'en', text: EN },
        { language: 'en', text: EN },
      ],
    }).expect(400);
    expect(twice.body.details).toEqual([{ field: 'files', reason: 'two files are in en' }]);
    const language = await convert(coordinator, {
      slug: 'post-test',
      kind: 'post_test',
      files: [{ language: 'de', text: EN }],
    }).expect(400);
    expect(language.body.details[0].field).toBe('files.0.language');
    const slug = await convert(coordinator, {
      slug: 'Post Test',
      kind: 'post_test',
      files: [{ language: 'en', text: EN }],
    }).expect(400);
    expect(slug.body.details[0].field).toBe('slug');
  });

  it('refuses a file over the size limit with a 413 that says the limit', async () => {
    const big = `${EN}\n// ${'x'.repeat(600 * 1024)}\n`;
    const response = await convert(coordinator, {
      slug: 'post-test',
      kind: 'post_test',
      files: [{ language: 'en', text: big }],
    }).expect(413);
    expect(response.body).toMatchObject({
      code: 'gift.fileTooLarge',
      params: { language: 'en', maxKb: 512 },
    });
    const huge = await convert(coordinator, {
      slug: 'post-test',
      kind: 'post_test',
      files: [
        { language: 'en', text: big },
        { language: 'tr', text: big },
      ],
    }).expect(413);
    expect(huge.body).toMatchObject({ code: 'tooLarge', message: 'The request body is too large' });
  });

  it('lists the quizzes of a module and gives each as GIFT per language, which reads back into the same questions', async () => {
    const version = await versionOf('protection-and-data-protection');
    const module = (
      await t
        .http()
        .get(`/api/modules/protection-and-data-protection/versions/${version}`)
        .set('Cookie', trainer)
        .expect(200)
    ).body as ModuleVersionDetail;
    // The pre-test first, the post-test last, a knowledge check after each of the four lessons between.
    const kinds = module.quizzes.map((q) => q.kind);
    expect([module.quizzes[0].slug, module.quizzes.at(-1)?.slug]).toEqual(['pre-test', 'post-test']);
    expect(kinds).toEqual(['pre_test', ...Array(4).fill('knowledge_check'), 'post_test']);
    const download = await t
      .http()
      .get(`/api/modules/protection-and-data-protection/versions/${version}/quizzes/post-test/gift`)
      .query({ lang: 'tr' })
      .set('Cookie', trainer)
      .expect(200);
    expect(download.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(download.headers['content-disposition']).toContain(
      'protection-and-data-protection-post-test-tr.gift.txt',
    );
    const [{ questions }] = await t.db.query(
      `SELECT q.questions FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
        WHERE m.slug = 'protection-and-data-protection' AND m.version = $1 AND q.slug = 'post-test'`,
      [version],
    );
    const read = giftToQuestions([{ language: 'tr', text: download.text }]);
    expect(read.problems).toEqual([]);
    expect(read.questions.map((q) => [q.id, q.type, q.points, q.text.tr])).toEqual(
      (questions as QuestionDefinition[]).map((q) => [q.id, q.type, q.points, q.text.tr]),
    );
  });

  it('answers a GIFT download of something that does not exist with 404, and a missing language with 400', async () => {
    const base = `/api/modules/protection-and-data-protection/versions/${await versionOf('protection-and-data-protection')}/quizzes`;
    await t.http().get(`${base}/final-exam/gift`).query({ lang: 'en' }).set('Cookie', trainer).expect(404);
    await t
      .http()
      .get('/api/modules/no-such-module/versions/1.0.0/quizzes/post-test/gift')
      .query({ lang: 'en' })
      .set('Cookie', trainer)
      .expect(404);
    const missing = await t.http().get(`${base}/post-test/gift`).set('Cookie', trainer).expect(400);
    expect(missing.body.details[0].field).toBe('lang');
  });
});
