import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblem } from './content-problem';
import { loadContent } from './content-loader';
import { checkQuality } from './content-quality';

const manifest = (topics: string) => `slug: rights
version: 1.0.0
languages: [en, tr]
title: { en: Rights, tr: Haklar }
summary: { en: Short., tr: Kısa. }
objectives:
  - { en: Explain, tr: Açıklamak }
topics: [${topics}]
estimatedMinutes: 10
authors: [{ name: Selin Aksoy }]
licence: CC-BY-SA-4.0
lessons: [01-basics]
quizzes: [post-test]
changelog:
  - { version: 1.0.0, date: '2026-11-25', changes: { en: First., tr: İlk. } }
`;

const lesson = (title: string, verified: string, body: string) =>
  `---\ntitle: ${title}\norder: 1\nverified: ${verified}\nestimatedMinutes: 10\n---\n\n${body}\n`;

/** A single-choice question whose right option is `right` and whose wrong one is `wrong`. */
const item = (id: string, right: string, wrong: string) =>
  `  - id: ${id}\n    type: single_choice\n    points: 1\n    text: { en: Which?, tr: Hangisi? }\n    options:\n      - { text: { en: '${right}', tr: '${right}' }, correct: true }\n      - { text: { en: '${wrong}', tr: '${wrong}' } }\n`;

describe(checkQuality.name, () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const run = (today = new Date('2026-12-05T00:00:00Z')) => {
    const { modules, problems } = loadContent(join(root, 'content'), root);
    expect(problems).toEqual([]);
    const report = checkQuality(join(root, 'content'), modules, today);
    return { problems: report.problems.map(formatProblem), warnings: report.warnings.map(formatProblem) };
  };
  const quiz = (items: string) =>
    `slug: post-test\nkind: post_test\ntitle: { en: Post-test, tr: Son test }\npassMarkPercent: 70\nmaxAttempts: 2\nshuffleQuestions: true\nshuffleOptions: true\nreviewPolicy: after_last_attempt\nquestions:\n${items}`;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'atolye-quality-'));
    write('content/modules/rights/module.yaml', manifest('advocacy'));
    write('content/modules/rights/lessons/01-basics/en.md', lesson('Basics', '2026-11-20', 'Text.'));
    write('content/modules/rights/lessons/01-basics/tr.md', lesson('Temeller', '2026-11-20', 'Metin.'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('fails a quiz whose right option is the strictly longest in more than 35 % of its single-choice items', () => {
    // 2 of 5 = 40 %: q02 and q04 give themselves away by length; a tie (q05) does not count.
    write(
      'content/modules/rights/quizzes/post-test.yaml',
      quiz(
        item('q01', 'Short', 'A longer wrong one') +
          item('q02', 'The long right answer', 'Wrong') +
          item('q03', 'Right', 'Wrong answer') +
          item('q04', 'Another long right one', 'No') +
          item('q05', 'Equal', 'Same!'),
      ),
    );
    expect(run().problems).toEqual([
      'content/modules/rights/quizzes/post-test.yaml:17: in en, the right option is the strictly longest in 2 of 5 single-choice questions (40 %; at most 35 %): q02, q04',
      'content/modules/rights/quizzes/post-test.yaml:17: in tr, the right option is the strictly longest in 2 of 5 single-choice questions (40 %; at most 35 %): q02, q04',
    ]);
  });

  it('passes a quiz at or below the share', () => {
    write(
      'content/modules/rights/quizzes/post-test.yaml',
      quiz(
        item('q01', 'Short', 'A longer wrong one') +
          item('q02', 'The long right answer', 'Wrong') +
          item('q03', 'Right', 'Wrong answer'),
      ),
    );
    expect(run().problems).toEqual([]);
  });

  it('fails a post-test that is not parallel to its pre-test or repeats one of its questions', () => {
    write(
      'content/modules/rights/module.yaml',
      manifest('advocacy').replace('quizzes: [post-test]', 'quizzes: [pre-test, post-test]'),
    );
    write(
      'content/modules/rights/quizzes/pre-test.yaml',
      quiz(item('q01', 'Short', 'A longer wrong one') + item('q02', 'Right', 'Wrong answer'))
        .replace('slug: post-test', 'slug: pre-test')
        .replace('kind: post_test', 'kind: pre_test'),
    );
    write(
      'content/modules/rights/quizzes/post-test.yaml',
      `${quiz(item('q01', 'Short', 'A longer wrong one')).replace('questions:', 'pairedWith: pre-test\nquestions:')}`,
    );
    expect(run().problems).toEqual([
      'content/modules/rights/quizzes/post-test.yaml:1: a post-test parallels its pre-test: here 1 question(s) worth 1 point(s), in pre-test 2 worth 2',
      'content/modules/rights/quizzes/post-test.yaml:1: question q01 repeats a question of pre-test; the post-test asks different items on the same objectives',
    ]);
  });

  it('flags a wrong Turkish variant from the glossary at its line, unless an allowed phrase holds it', () => {
    write('content/modules/rights/quizzes/post-test.yaml', quiz(item('q01', 'Short', 'A longer wrong one')));
    write(
      'content/glossary.yaml',
      'terms:\n  - en: directive (EU)\n    tr: direktif\n    source: EU usage in Turkish official translations\n    avoid: [yönerge]\n    allow: [Kalite Yönergesi]\n',
    );
    write(
      'content/modules/rights/lessons/01-basics/tr.md',
      lesson(
        'Temeller',
        '2026-11-20',
        'İade Yönergesi uygulanır.\n\nKurumun Kalite Yönergesi ayrıdır.\n\nÖzyönerge değil.',
      ),
    );
    write(
      'content/modules/rights/lessons/01-basics/en.md',
      lesson('Basics', '2026-11-20', 'The Return Directive, not a yönerge.'),
    );
    expect(run().problems).toEqual([
      'content/modules/rights/lessons/01-basics/tr.md:8: "Yönerge": the glossary says "direktif" for "directive (EU)" (EU usage in Turkish official translations)',
    ]);
    // In YAML only Turkish values count, also when they run over several lines.
    write(
      'content/modules/rights/quizzes/post-test.yaml',
      quiz(item('q01', 'Short', 'A longer wrong one')).replace(
        'title: { en: Post-test, tr: Son test }',
        'title:\n  en: Post-test on the yönerge\n  tr: >-\n    Son test:\n    İade Yönergesi',
      ),
    );
    expect(run().problems).toEqual([
      'content/modules/rights/lessons/01-basics/tr.md:8: "Yönerge": the glossary says "direktif" for "directive (EU)" (EU usage in Turkish official translations)',
      'content/modules/rights/quizzes/post-test.yaml:7: "Yönerge": the glossary says "direktif" for "directive (EU)" (EU usage in Turkish official translations)',
    ]);
  });

  it('refuses a glossary that lists a term twice', () => {
    write('content/modules/rights/quizzes/post-test.yaml', quiz(item('q01', 'Short', 'A longer wrong one')));
    write(
      'content/glossary.yaml',
      'terms:\n  - { en: burnout, tr: tükenmişlik }\n  - { en: case management, tr: vaka yönetimi }\n  - { en: burnout, tr: tükenmişlik }\n',
    );
    expect(run().problems).toEqual(['content/glossary.yaml:1: "burnout" is listed twice']);
  });

  it('warns about legal lessons verified more than a year ago, and only legal ones', () => {
    write('content/modules/rights/quizzes/post-test.yaml', quiz(item('q01', 'Short', 'A longer wrong one')));
    write('content/modules/rights/lessons/01-basics/en.md', lesson('Basics', '2025-11-01', 'Text.'));
    expect(run().warnings).toEqual([]);
    write('content/modules/rights/module.yaml', manifest('legal-framework'));
    expect(run()).toEqual({
      problems: [],
      warnings: [
        'content/modules/rights/lessons/01-basics/en.md:1: legal facts last verified on 2025-11-01, more than a year ago: check them against the sources again and update "verified"',
      ],
    });
  });
});
