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
  return `---\ntitle: ${title}\norder: ${order}\nestimatedMinutes: 10\n---\n\n${body}`;
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
      'content/modules/volunteer-basics/lessons/01-roles/en.md:11: broken image: ../../media/chart.png (no such file in this module)',
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
      'content/modules/volunteer-basics/lessons/02-induction/en.md:7: raw HTML is not allowed in lessons; use Markdown',
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
