import { join } from 'node:path';
import { LANGUAGES, MOODLE_GRADES, type Language, type QuestionDefinition } from '@atolye/shared';
import { loadContent } from '../content-loader';
import { giftToQuestions } from './gift-to-quiz';
import { giftWeight, quizToGift } from './quiz-to-gift';

const root = join(__dirname, '../../../..');

/** A bilingual question as one language's GIFT file holds it. */
function inLanguage(question: QuestionDefinition, language: Language): unknown {
  return JSON.parse(
    JSON.stringify(question, (key, value) => {
      if (key === 'accept') return { [language]: value[language] };
      const localised =
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.keys(value).every((k) => LANGUAGES.includes(k as Language));
      return localised && Object.values(value).every((v) => typeof v === 'string')
        ? { [language]: value[language] }
        : value;
    }),
  );
}

// Reads whatever content/modules holds when the test runs.
const { modules } = loadContent(join(root, 'content'), root);
const quizzes = modules.flatMap((module) =>
  module.quizzes.flatMap((quiz) =>
    module.manifest.languages.map(
      (language) => [`${module.manifest.slug}/${quiz.slug} (${language})`, quiz, language] as const,
    ),
  ),
);

describe('the shipped quizzes exported to GIFT', () => {
  const grades = new Set(MOODLE_GRADES.map(giftWeight));

  it('finds the shipped quizzes', () => {
    expect(quizzes.length).toBeGreaterThanOrEqual(12);
  });

  it.each(quizzes)('%s uses only grades Moodle accepts and reads back unchanged', (_, quiz, language) => {
    const gift = quizToGift(quiz, language);
    const weights = [...gift.matchAll(/^\t[=~]%(-?[\d.]+)%/gm)].map((m) => m[1]);
    expect(weights.filter((w) => !grades.has(w))).toEqual([]);
    // Read as Moodle's importer reads it, with the checks it makes at import.
    const { questions, problems } = giftToQuestions([{ language, text: gift }]);
    expect(problems).toEqual([]);
    expect(questions).toEqual(quiz.questions.map((q) => inLanguage(q, language)));
  });
});
