import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language, QuestionDefinition } from '@atolye/shared';
import { QuizParser } from '../quiz-parser';
import { giftToQuestions } from './gift-to-quiz';
import { quizToGift } from './quiz-to-gift';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

/** The quiz a fixture must become, read as content:check reads a module's quiz file. */
function expected(name: string, languages: Language[]): QuestionDefinition[] {
  const slug = name === 'moodle-5.1-plain.yaml' ? 'knowledge-check' : 'post-test';
  const { quiz, problems } = new QuizParser(name, fixture(name), languages).parse(slug);
  expect(problems).toEqual([]);
  return quiz?.questions ?? [];
}

describe('GIFT exported by Moodle 5.x', () => {
  it("reads questions written in Moodle's editor, in English and Turkish, into the expected quiz", () => {
    const { questions, problems } = giftToQuestions([
      { language: 'en', text: fixture('moodle-5.1-editor.en.gift.txt') },
      { language: 'tr', text: fixture('moodle-5.1-editor.tr.gift.txt') },
    ]);
    expect(problems).toEqual([]);
    expect(questions).toEqual(expected('moodle-5.1-editor.yaml', ['en', 'tr']));
    // Nothing of the editor's HTML is left in the texts.
    expect(JSON.stringify(questions)).not.toMatch(/<p|&amp;|&nbsp;|dir=|\\\\:/);
  });

  it('reads questions kept in Moodle’s own text format', () => {
    const { questions, problems } = giftToQuestions([
      { language: 'tr', text: fixture('moodle-5.1-plain.tr.gift.txt') },
    ]);
    expect(problems).toEqual([]);
    expect(questions).toEqual(expected('moodle-5.1-plain.yaml', ['tr']));
  });

  it('refuses an essay question at its line and reads the rest', () => {
    const { questions, problems } = giftToQuestions([
      { language: 'en', text: fixture('moodle-5.1-essay.en.gift.txt') },
    ]);
    expect(problems.map((p) => `${p.line} ${p.code}`)).toEqual(['6 essay']);
    expect(questions.map((q) => q.id)).toEqual(['consent']);
  });

  it('exports those quizzes back to GIFT that reads into the same questions', () => {
    const questions = expected('moodle-5.1-editor.yaml', ['en', 'tr']);
    const quiz = {
      slug: 'post-test',
      kind: 'post_test' as const,
      title: { en: 'Post-test', tr: 'Son test' },
      passMarkPercent: 70,
      timeLimitMinutes: null,
      maxAttempts: 2,
      shuffleQuestions: true,
      shuffleOptions: true,
      reviewPolicy: 'after_last_attempt' as const,
      pairedWith: null,
      afterLesson: null,
      questions,
    };
    const files = (['en', 'tr'] as const).map((language) => ({ language, text: quizToGift(quiz, language) }));
    expect(giftToQuestions(files)).toEqual({ questions, problems: [] });
  });
});
