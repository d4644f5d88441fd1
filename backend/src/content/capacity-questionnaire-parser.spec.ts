import { join } from 'node:path';
import { CAPACITY_DOMAINS } from '@atolye/shared';
import { CapacityQuestionnaireParser, loadQuestionnaires } from './capacity-questionnaire-parser';

const REPOSITORY = join(__dirname, '../../..');

const anchorLines = (count: number, indent: string) =>
  Array.from({ length: count }, (_, k) => [
    `${indent}- en: Level ${k + 1}`,
    `${indent}  tr: Düzey ${k + 1}`,
  ]).flat();

describe('capacity questionnaire files', () => {
  it('reads the repository’s questionnaire: seven known domains of 4–6 questions, four anchors each in both languages', () => {
    const { questionnaires, problems } = loadQuestionnaires(join(REPOSITORY, 'content'), REPOSITORY);
    expect(problems).toEqual([]);
    expect(questionnaires.map((q) => `${q.slug}@${q.version}`)).toEqual(['organisational-capacity@1.0.0']);
    const [questionnaire] = questionnaires;
    expect(questionnaire.domains.map((d) => d.id)).toEqual([...CAPACITY_DOMAINS]);
    for (const domain of questionnaire.domains) {
      expect(domain.questions.length).toBeGreaterThanOrEqual(4);
      expect(domain.questions.length).toBeLessThanOrEqual(6);
      for (const question of domain.questions) {
        expect(question.anchors).toHaveLength(4);
        for (const anchor of question.anchors) expect(anchor.en && anchor.tr).toBeTruthy();
      }
    }
    expect(questionnaire.domains[0].title.tr).toBe('Yönetişim');
  });

  it('rejects a questionnaire with an unknown domain, too few questions, three anchors and a missing Turkish text, naming each line', () => {
    const source = [
      'slug: organisational-capacity',
      'version: 1.0.0',
      'title: { en: Capacity, tr: Kapasite }',
      'intro: { en: Hello, tr: Merhaba }',
      'domains:',
      '  - id: fundraising_magic',
      '    title: { en: Magic, tr: Sihir }',
      '    questions:',
      '      - id: q1',
      '        prompt: { en: Board? }',
      '        anchors:',
      ...anchorLines(3, '          '),
    ].join('\n');
    const { questionnaire, problems } = new CapacityQuestionnaireParser('questionnaire.yaml', source).parse(
      'organisational-capacity',
      '1.0.0',
    );
    expect(questionnaire).toBeNull();
    expect(problems).toEqual([
      {
        file: 'questionnaire.yaml',
        line: 6,
        message: `unknown domain "fundraising_magic" (known domains: ${CAPACITY_DOMAINS.join(', ')})`,
      },
      {
        file: 'questionnaire.yaml',
        line: 11,
        message: 'domains.0.questions.0 must have exactly 4 anchors (scores 1 to 4); it has 3',
      },
      { file: 'questionnaire.yaml', line: 10, message: 'domains.0.questions.0.prompt has no tr text' },
      {
        file: 'questionnaire.yaml',
        line: 8,
        message: 'domain "fundraising_magic" must have 4 to 6 questions; it has 1',
      },
    ]);
  });

  it('rejects a domain listed twice, a repeated question id and a version that disagrees with its folder', () => {
    const domain = (id: string, prefix: string) => [
      `  - id: ${id}`,
      '    title: { en: Domain, tr: Alan }',
      '    questions:',
      ...[1, 2, 3, 4].flatMap((n) => [
        `      - id: ${prefix}${n}`,
        '        prompt: { en: Question, tr: Soru }',
        '        anchors:',
        ...anchorLines(4, '          '),
      ]),
    ];
    const source = [
      'slug: organisational-capacity',
      'version: 1.0.1',
      'title: { en: Capacity, tr: Kapasite }',
      'intro: { en: Hello, tr: Merhaba }',
      'domains:',
      ...domain('advocacy', 'a'),
      ...domain('advocacy', 'a'),
    ].join('\n');
    const { questionnaire, problems } = new CapacityQuestionnaireParser('questionnaire.yaml', source).parse(
      'organisational-capacity',
      '1.0.0',
    );
    expect(questionnaire).toBeNull();
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('version "1.0.1" must equal its folder "1.0.0"');
    expect(messages).toContain('domain "advocacy" is listed twice');
    expect(messages).toContain('question id "a1" is used twice');
  });
});
