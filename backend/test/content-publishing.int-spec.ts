import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentPublisher } from '../src/content/content-publisher.service';
import { loadContent } from '../src/content/content-loader';
import { signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { publishRepositoryContent } from './support/training-factories';

describe('publishing content', () => {
  let t: TestApp;
  let copy: string;
  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    copy = mkdtempSync(join(tmpdir(), 'atolye-publish-'));
    cpSync(
      join(__dirname, '../../content/modules/working-with-volunteers'),
      join(copy, 'content/modules/working-with-volunteers'),
      { recursive: true },
    );
  });
  afterAll(async () => {
    rmSync(copy, { recursive: true, force: true });
    await t.close();
  });

  /** The shipped version of the copied module, and the next minor one after it. */
  const shipped = () => /^version: (\S+)$/m.exec(readFileSync(manifest(), 'utf8'))?.[1] as string;
  const nextMinor = (version: string) =>
    version.replace(/^(\d+)\.(\d+)\.\d+$/, (_, a, b) => `${a}.${Number(b) + 1}.0`);
  let version: string;
  beforeAll(() => (version = shipped()));

  const publishCopy = () =>
    t.app.get(ContentPublisher).publish(loadContent(join(copy, 'content'), copy).modules);
  const manifest = () => join(copy, 'content/modules/working-with-volunteers/module.yaml');
  const lesson = () =>
    join(copy, 'content/modules/working-with-volunteers/lessons/02-induction-and-supervision/en.md');

  it('publishes every module of the repository with its lessons in both languages', async () => {
    const [{ modules, lessons }] = await t.db.query(
      'SELECT (SELECT count(*)::int FROM module_versions) AS modules, (SELECT count(*)::int FROM lessons) AS lessons',
    );
    expect(modules).toBeGreaterThanOrEqual(8);
    expect(lessons).toBeGreaterThanOrEqual(32);
    const [row] = await t.db.query(
      `SELECT translations FROM lessons WHERE slug = '01-the-1951-convention-and-1967-protocol'`,
    );
    expect(row.translations.map((x: { language: string }) => x.language)).toEqual(['en', 'tr']);
  });

  it('publishes the psychosocial support and referral modules with a knowledge check after each lesson and their take-away forms', async () => {
    const quizzes: { slug: string; kind: string; quizzes: { kind: string; after: string | null }[] }[] =
      await t.db.query(
        `SELECT m.slug, json_agg(json_build_object('kind', q.kind, 'after', q.after_lesson) ORDER BY q.slug) AS quizzes
           FROM module_versions m JOIN quizzes q ON q.module_version_id = m.id
          WHERE m.slug IN ('psychosocial-support-basics', 'referral-pathways-and-sops')
          GROUP BY m.slug ORDER BY m.slug`,
      );
    expect(quizzes.map((m) => m.slug)).toEqual(['psychosocial-support-basics', 'referral-pathways-and-sops']);
    const lessonsOf: Record<string, string[]> = {
      'psychosocial-support-basics': [
        '01-the-iasc-guidelines-and-the-intervention-pyramid',
        '02-psychological-first-aid',
        '03-staff-care-and-secondary-trauma',
        '04-what-not-to-do-and-referral',
      ],
      'referral-pathways-and-sops': [
        '01-sops-and-service-mapping',
        '02-safe-referral-and-case-management',
        '03-interpreters-children-and-gender',
        '04-sgbv-referral-and-services-in-turkey',
      ],
    };
    for (const module of quizzes) {
      const checks = module.quizzes.filter((q) => q.kind === 'knowledge_check').map((q) => q.after);
      expect(checks.sort()).toEqual(lessonsOf[module.slug]);
      expect(
        module.quizzes
          .filter((q) => q.kind !== 'knowledge_check')
          .map((q) => q.kind)
          .sort(),
      ).toEqual(['post_test', 'pre_test']);
    }
    const media: { name: string }[] = await t.db.query(
      `SELECT mm.name FROM module_media mm JOIN module_versions m ON m.id = mm.module_version_id
        WHERE m.slug = 'referral-pathways-and-sops' ORDER BY mm.name`,
    );
    expect(media.map((m) => m.name)).toEqual([
      'referral-consent.ar.docx',
      'referral-consent.tr.docx',
      'referral-form.en.docx',
      'referral-form.tr.docx',
      'service-mapping.xlsx',
    ]);
  });

  it('is idempotent: publishing unchanged content again changes nothing', async () => {
    const report = await publishCopy();
    expect(report).toEqual({ published: [], unchanged: [`working-with-volunteers@${version}`], refused: [] });
  });

  it('refuses changed content under an already published version, saying to bump the version', async () => {
    writeFileSync(
      lesson(),
      readFileSync(lesson(), 'utf8').replace('## Key ideas', '## Key ideas\n\nAn edit after publishing.'),
    );
    const report = await publishCopy();
    expect(report.published).toEqual([]);
    expect(report.refused).toEqual([
      {
        module: `working-with-volunteers@${version}`,
        message: expect.stringMatching(
          new RegExp(
            `^Module "working-with-volunteers" version ${version.replace(/\./g, '\\.')} is already published with different content\\. .*raise "version"`,
          ),
        ),
      },
    ]);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM module_versions WHERE slug = 'working-with-volunteers'`,
    );
    expect(count).toBe(1);
  });

  it('publishes the changed content as a new version beside the old one, keeping unchanged lessons’ hashes', async () => {
    writeFileSync(
      manifest(),
      readFileSync(manifest(), 'utf8')
        .replace(`version: ${version}`, `version: ${nextMinor(version)}`)
        .replace(
          'changelog:\n',
          `changelog:\n  - version: ${nextMinor(version)}\n    date: 2026-11-26\n    changes:\n      en: Induction lesson clarified.\n      tr: Oryantasyon dersi netleştirildi.\n`,
        ),
    );
    const report = await publishCopy();
    expect(report.published).toEqual([`working-with-volunteers@${nextMinor(version)}`]);
    const rows: { slug: string; versions: number; hashes: number }[] = await t.db.query(
      `SELECT l.slug, count(*)::int AS versions, count(DISTINCT l.content_hash)::int AS hashes
         FROM lessons l JOIN module_versions m ON m.id = l.module_version_id
        WHERE m.slug = 'working-with-volunteers' GROUP BY l.slug ORDER BY l.slug`,
    );
    expect(rows.map((r) => [r.slug, r.versions, r.hashes])).toEqual([
      ['01-recruitment-and-role-descriptions', 2, 1],
      ['02-induction-and-supervision', 2, 2],
      ['03-safeguarding-codes-of-conduct-and-psea', 2, 1],
      ['04-recognition-and-retention', 2, 1],
    ]);
  });

  it('lets trainers preview any published version, but not trainees', async () => {
    const trainer = await signedIn(t, ['trainer']);
    const trainee = await signedIn(t, ['trainee']);
    const lesson = await t
      .http()
      .get(
        `/api/modules/working-with-volunteers/versions/${version}/lessons/01-recruitment-and-role-descriptions`,
      )
      .query({ lang: 'tr' })
      .set('Cookie', trainer.cookie)
      .expect(200);
    expect(lesson.body).toMatchObject({
      language: 'tr',
      availableLanguages: ['en', 'tr'],
      previousLessonId: null,
      verifiedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(lesson.body.html).toContain('<h2>');
    await t.http().get('/api/modules').set('Cookie', trainee.cookie).expect(403);
  });
});
