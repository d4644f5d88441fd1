import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblem } from './content-problem';
import { loadContent } from './content-loader';

const MANIFEST = `slug: volunteer-basics
version: 1.0.0
languages: [en, tr]
title:
  en: Volunteer basics
  tr: Gönüllülüğün temelleri
summary:
  en: Short.
  tr: Kısa.
objectives:
  - en: Write a role description
    tr: Bir görev tanımı yazmak
topics: [volunteers]
estimatedMinutes: 20
authors:
  - name: Selin Aksoy
licence: CC-BY-SA-4.0
lessons:
  - 01-roles
  - 02-induction
changelog:
  - version: 1.0.0
    date: 2026-11-25
    changes:
      en: First version.
      tr: İlk sürüm.
`;

function lesson(
  title: string,
  order: number,
  body = '## What you will be able to do\n\nSomething.\n',
): string {
  return `---\ntitle: ${title}\norder: ${order}\nverified: 2026-11-20\nestimatedMinutes: 10\n---\n\n${body}`;
}

describe(loadContent.name, () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const problems = () => loadContent(join(root, 'content'), root).problems.map(formatProblem);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'atolye-content-'));
    write('content/modules/volunteer-basics/module.yaml', MANIFEST);
    write('content/modules/volunteer-basics/lessons/01-roles/en.md', lesson('Roles', 1));
    write('content/modules/volunteer-basics/lessons/01-roles/tr.md', lesson('Görevler', 1));
    write('content/modules/volunteer-basics/lessons/02-induction/en.md', lesson('Induction', 2));
    write('content/modules/volunteer-basics/lessons/02-induction/tr.md', lesson('Oryantasyon', 2));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a complete module and renders its lessons', () => {
    const { modules, problems: found } = loadContent(join(root, 'content'), root);
    expect(found).toEqual([]);
    expect(modules[0].lessons.map((l) => l.translations.map((t) => t.title))).toEqual([
      ['Roles', 'Görevler'],
      ['Induction', 'Oryantasyon'],
    ]);
    expect(modules[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a missing translation at the lesson file', () => {
    rmSync(join(root, 'content/modules/volunteer-basics/lessons/02-induction/tr.md'));
    expect(problems()).toEqual([
      'content/modules/volunteer-basics/lessons/02-induction/tr.md:1: missing tr translation of lesson 02-induction (add tr.md, or list the lesson under missingTranslations.tr in module.yaml)',
    ]);
  });

  it('accepts a translation that is explicitly marked missing', () => {
    rmSync(join(root, 'content/modules/volunteer-basics/lessons/02-induction/tr.md'));
    write(
      'content/modules/volunteer-basics/module.yaml',
      `${MANIFEST}missingTranslations:\n  tr: [02-induction]\n`,
    );
    expect(problems()).toEqual([]);
  });

  it('reports a bad version on its line', () => {
    write(
      'content/modules/volunteer-basics/module.yaml',
      MANIFEST.replace('version: 1.0.0\nlanguages', 'version: 1.0\nlanguages'),
    );
    expect(problems()).toContain(
      'content/modules/volunteer-basics/module.yaml:2: version must be a semantic version such as 1.0.0; got "1.0"',
    );
  });

  it('reports a broken image link on its line', () => {
    write(
      'content/modules/volunteer-basics/lessons/01-roles/en.md',
      lesson('Roles', 1, '## Key ideas\n\nText.\n\n![Org chart](../../media/chart.png)\n'),
    );
    expect(problems()).toEqual([
      'content/modules/volunteer-basics/lessons/01-roles/en.md:12: broken image: ../../media/chart.png (no such file in this module)',
    ]);
  });

  it('reports a missing title text per language on the line of the field', () => {
    write(
      'content/modules/volunteer-basics/module.yaml',
      MANIFEST.replace('  tr: Gönüllülüğün temelleri\n', ''),
    );
    expect(problems()).toEqual(['content/modules/volunteer-basics/module.yaml:4: title has no tr text']);
  });

  it('reports raw HTML, wrong order and unknown fields', () => {
    write(
      'content/modules/volunteer-basics/lessons/02-induction/en.md',
      lesson('Induction', 3, '<script>alert(1)</script>\n'),
    );
    write('content/modules/volunteer-basics/module.yaml', `${MANIFEST}colour: blue\n`);
    expect(problems()).toEqual([
      expect.stringMatching(/module.yaml:27: unknown field "colour"/),
      "content/modules/volunteer-basics/lessons/02-induction/en.md:3: order must be 2, the lesson's place in module.yaml; got 3",
      'content/modules/volunteer-basics/lessons/02-induction/en.md:8: raw HTML is not allowed in lessons; use Markdown',
    ]);
  });

  it('reads a quiz and reports a broken one on the line of the problem', () => {
    write('content/modules/volunteer-basics/module.yaml', `${MANIFEST}quizzes:\n  - post-test\n`);
    const quiz = [
      'slug: post-test',
      'kind: post_test',
      'title: { en: Post-test, tr: Son test }',
      'passMarkPercent: 70',
      'maxAttempts: 2',
      'shuffleQuestions: true',
      'shuffleOptions: false',
      'reviewPolicy: after_last_attempt',
      'questions:',
      '  - id: q01',
      '    type: single_choice',
      '    points: 1',
      '    text: { en: Who signs the code of conduct?, tr: Davranış kurallarını kim imzalar? }',
      '    options:',
      '      - { text: { en: Every volunteer, tr: Her gönüllü }, correct: true }',
      '      - { text: { en: Only staff, tr: Yalnızca çalışanlar } }',
    ].join('\n');
    write('content/modules/volunteer-basics/quizzes/post-test.yaml', `${quiz}\n`);
    const { modules } = loadContent(join(root, 'content'), root);
    expect(modules[0].quizzes.map((q) => [q.slug, q.questions[0].type])).toEqual([
      ['post-test', 'single_choice'],
    ]);

    write(
      'content/modules/volunteer-basics/quizzes/post-test.yaml',
      `${quiz.replace(', correct: true', '').replace('points: 1', 'points: 0')}\n`,
    );
    expect(problems()).toEqual([
      'content/modules/volunteer-basics/quizzes/post-test.yaml:12: questions.0.points must be a whole number from 1 to 100',
      'content/modules/volunteer-basics/quizzes/post-test.yaml:14: a single_choice question needs an option with correct: true',
    ]);
  });

  it('requires the day each lesson was verified, and refuses one in the future', () => {
    write(
      'content/modules/volunteer-basics/lessons/01-roles/en.md',
      lesson('Roles', 1).replace('verified: 2026-11-20\n', ''),
    );
    write(
      'content/modules/volunteer-basics/lessons/01-roles/tr.md',
      lesson('Görevler', 1).replace('2026-11-20', '2999-01-01'),
    );
    expect(problems()).toEqual([
      'content/modules/volunteer-basics/lessons/01-roles/en.md:1: front matter needs "verified": the day (YYYY-MM-DD) the facts were last checked against the sources',
      'content/modules/volunteer-basics/lessons/01-roles/tr.md:4: verified 2999-01-01 is in the future',
    ]);
    rmSync(join(root, 'content/modules/volunteer-basics/lessons/01-roles/tr.md'));
    write('content/modules/volunteer-basics/lessons/01-roles/en.md', lesson('Roles', 1));
    write('content/modules/volunteer-basics/lessons/01-roles/tr.md', lesson('Görevler', 1));
    const { modules } = loadContent(join(root, 'content'), root);
    expect(modules[0].lessons[0].translations.map((t) => t.verifiedOn)).toEqual(['2026-11-20', '2026-11-20']);
  });

  describe('quiz placement', () => {
    const quiz = (slug: string, kind: string, extra: string) =>
      [
        `slug: ${slug}`,
        `kind: ${kind}`,
        'title: { en: Quiz, tr: Sınav }',
        'passMarkPercent: 0',
        'maxAttempts: 1',
        'shuffleQuestions: false',
        'shuffleOptions: false',
        extra,
        'questions:',
        '  - { id: q01, type: true_false, points: 1, text: { en: Right?, tr: Doğru mu? }, answer: true }',
        '',
      ].join('\n');
    beforeEach(() =>
      write(
        'content/modules/volunteer-basics/module.yaml',
        `${MANIFEST}quizzes:\n  - pre-test\n  - check-roles\n  - post-test\n`,
      ),
    );

    it('places a knowledge check after its lesson and hides pre-test answers until the post-test', () => {
      write(
        'content/modules/volunteer-basics/quizzes/pre-test.yaml',
        quiz('pre-test', 'pre_test', 'reviewPolicy: after_post_test'),
      );
      write(
        'content/modules/volunteer-basics/quizzes/check-roles.yaml',
        quiz('check-roles', 'knowledge_check', 'reviewPolicy: after_each_attempt\nafterLesson: 01-roles'),
      );
      write(
        'content/modules/volunteer-basics/quizzes/post-test.yaml',
        quiz('post-test', 'post_test', 'reviewPolicy: after_last_attempt\npairedWith: pre-test'),
      );
      const { modules, problems: found } = loadContent(join(root, 'content'), root);
      expect(found).toEqual([]);
      expect(modules[0].quizzes.map((q) => [q.slug, q.reviewPolicy, q.afterLesson])).toEqual([
        ['pre-test', 'after_post_test', null],
        ['check-roles', 'after_each_attempt', '01-roles'],
        ['post-test', 'after_last_attempt', null],
      ]);
    });

    it('refuses a knowledge check after an unknown lesson, afterLesson on a post-test and an unpaired after_post_test', () => {
      write(
        'content/modules/volunteer-basics/quizzes/pre-test.yaml',
        quiz('pre-test', 'pre_test', 'reviewPolicy: after_post_test'),
      );
      write(
        'content/modules/volunteer-basics/quizzes/check-roles.yaml',
        quiz('check-roles', 'knowledge_check', 'reviewPolicy: after_each_attempt\nafterLesson: 09-nowhere'),
      );
      write(
        'content/modules/volunteer-basics/quizzes/post-test.yaml',
        quiz('post-test', 'post_test', 'reviewPolicy: after_last_attempt\nafterLesson: 01-roles'),
      );
      expect(problems()).toEqual([
        'content/modules/volunteer-basics/quizzes/pre-test.yaml:1: reviewPolicy after_post_test needs a pre-test that a post-test of this module names in pairedWith',
        'content/modules/volunteer-basics/quizzes/check-roles.yaml:1: afterLesson "09-nowhere" is not one of this module\'s lessons',
        'content/modules/volunteer-basics/quizzes/post-test.yaml:1: afterLesson is for knowledge checks; pre- and post-tests frame the module',
      ]);
    });
  });

  it('takes templates into media and links them to where they are served', () => {
    write('content/modules/volunteer-basics/media/volunteer-agreement.docx', 'PK-docx-bytes');
    write(
      'content/modules/volunteer-basics/lessons/01-roles/en.md',
      lesson(
        'Roles',
        1,
        '## In practice\n\n[Volunteer agreement (Word)](../../media/volunteer-agreement.docx)\n',
      ),
    );
    const { modules, problems: found } = loadContent(join(root, 'content'), root);
    expect(found).toEqual([]);
    expect(modules[0].media.map((m) => [m.name, m.contentType])).toEqual([
      ['volunteer-agreement.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    expect(modules[0].lessons[0].translations[0].html).toContain(
      'href="/api/modules/volunteer-basics/versions/1.0.0/media/volunteer-agreement.docx"',
    );
  });

  it('reports duplicate slugs across modules', () => {
    write('content/modules/volunteer-basics-copy/module.yaml', MANIFEST);
    expect(problems()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/slug "volunteer-basics" must equal the folder name "volunteer-basics-copy"/),
      ]),
    );
  });

  it('checks the repository content: every shipped module is valid', () => {
    const shipped = loadContent(join(__dirname, '../../../content'), join(__dirname, '../../..'));
    expect(shipped.problems.map(formatProblem)).toEqual([]);
    expect(shipped.modules.length).toBeGreaterThanOrEqual(5);
  });
});
