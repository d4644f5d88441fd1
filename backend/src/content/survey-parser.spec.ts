import { join } from 'node:path';
import { loadSurveys, SurveyParser } from './survey-parser';
import { checkAnswers } from '../follow-up/follow-up-answers';

const REPOSITORY = join(__dirname, '../../..');

describe('survey files', () => {
  it('reads the repository’s follow-up survey with its four questions in English and Turkish', () => {
    const { surveys, problems } = loadSurveys(join(REPOSITORY, 'content'), REPOSITORY);
    expect(problems).toEqual([]);
    expect(surveys.map((s) => `${s.slug}@${s.version}`)).toEqual(['follow-up@1.0.0']);
    const [survey] = surveys;
    expect(survey.questions.map((q) => [q.id, q.kind, q.required])).toEqual([
      ['used', 'single', true],
      ['how', 'text', false],
      ['changes', 'multiple', false],
      ['changes_text', 'text', false],
    ]);
    expect(survey.questions[0].options.map((o) => o.id)).toEqual(['yes', 'partly', 'no']);
    expect(survey.questions[0].prompt.tr).toBe('Öğrendiklerinizi kullandınız mı?');
  });

  it('names the line of each problem: a folder that disagrees, a missing Turkish text, an unknown kind', () => {
    const source = [
      'slug: follow-up',
      'version: 1.0.1',
      'title: { en: Follow-up, tr: İzleme }',
      'intro: { en: Hello, tr: Merhaba }',
      'questions:',
      '  - id: used',
      '    kind: single',
      '    prompt: { en: Used? }',
      '    options:',
      "      - { id: 'yes', label: { en: 'Yes', tr: Evet } }",
      '  - id: how',
      '    kind: essay',
      '    prompt: { en: How?, tr: Nasıl? }',
    ].join('\n');
    const { survey, problems } = new SurveyParser('survey.yaml', source).parse('follow-up', '1.0.0');
    expect(survey).toBeNull();
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'version "1.0.1" must equal its folder "1.0.0"'],
      [8, 'questions.0.prompt has no tr text'],
      [12, 'kind must be one of single, multiple, text'],
    ]);
  });

  it('asks for a plain MAJOR.MINOR.PATCH version, as the latest is found by comparing numbers', () => {
    const source =
      'slug: follow-up\nversion: 1.1-beta\ntitle: { en: A, tr: B }\nintro: { en: A, tr: B }\nquestions:\n  - { id: how, kind: text, prompt: { en: How?, tr: Nasıl? } }\n';
    const { problems } = new SurveyParser('survey.yaml', source).parse('follow-up', '1.1-beta');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'version must be MAJOR.MINOR.PATCH such as 1.0.0; got "1.1-beta"'],
    ]);
  });

  it('checks answers against the questions, naming the field', () => {
    const { surveys } = loadSurveys(join(REPOSITORY, 'content'), REPOSITORY);
    const survey = surveys[0];
    expect(checkAnswers(survey, { used: 'partly', changes: ['services'], how: 'In case meetings.' })).toEqual(
      [],
    );
    expect(checkAnswers(survey, { how: 'x' })).toEqual([
      { field: 'answers.used', reason: 'must be answered' },
    ]);
    expect(checkAnswers(survey, { used: 'yes', changes: ['services', 'services'] })).toEqual([
      { field: 'answers.changes', reason: 'must not repeat a choice' },
    ]);
    expect(checkAnswers(survey, { used: 'yes', how: 'x'.repeat(4001) })).toEqual([
      { field: 'answers.how', reason: 'must be at most 4000 characters' },
    ]);
  });
});
