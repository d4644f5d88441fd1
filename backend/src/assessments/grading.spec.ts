import type { QuestionDefinition } from '@atolye/shared';
import { award, grade, review, wildcardMatch, type AttemptLayout } from './grading';

const NO_LAYOUT: AttemptLayout = { questionIds: [], order: {} };

const single: QuestionDefinition = {
  id: 'q1',
  type: 'single_choice',
  points: 2,
  text: { en: 'Which column holds external conditions?' },
  options: [
    { id: 'o1', text: { en: 'Assumptions' }, correct: true },
    { id: 'o2', text: { en: 'Indicators' }, correct: false },
  ],
};
const partial: QuestionDefinition = {
  id: 'q7',
  type: 'single_choice',
  points: 2,
  text: { en: "Osmanlı Devleti'nin son başkenti?" },
  options: [
    { id: 'o1', text: { en: 'İstanbul' }, correct: true, feedback: { en: 'Doğru.' } },
    { id: 'o2', text: { en: 'Konstantiniyye' }, correct: false, weight: 50, feedback: { en: 'Eski adı.' } },
    { id: 'o3', text: { en: 'Bursa' }, correct: false, weight: -50 },
  ],
};
const multiple: QuestionDefinition = {
  id: 'q2',
  type: 'multiple_choice',
  points: 2,
  text: { en: 'SMART?' },
  options: [
    { id: 'o1', text: { en: 'Specific' }, weight: 50, feedback: { en: 'Yes, specific.' } },
    { id: 'o2', text: { en: 'Measurable' }, weight: 50 },
    { id: 'o3', text: { en: 'Expensive' }, weight: -100, feedback: { en: 'No.' } },
  ],
};
const thirds: QuestionDefinition = {
  id: 'q8',
  type: 'multiple_choice',
  points: 2,
  text: { en: 'Protect?' },
  options: [
    { id: 'o1', text: { en: 'a' }, weight: 33.33333 },
    { id: 'o2', text: { en: 'b' }, weight: 33.33333 },
    { id: 'o3', text: { en: 'c' }, weight: 33.33333 },
  ],
};
const matching: QuestionDefinition = {
  id: 'q3',
  type: 'matching',
  points: 3,
  text: { en: 'Match' },
  pairs: [
    { left: { en: 'Refugee' }, right: { en: 'European events' } },
    { left: { en: 'Conditional refugee' }, right: { en: 'Non-European events' } },
    { left: { en: 'Subsidiary protection' }, right: { en: 'Serious harm' } },
  ],
  distractors: [{ en: 'Economic migration' }],
};
const short: QuestionDefinition = {
  id: 'q4',
  type: 'short_answer',
  points: 2,
  text: { en: 'Who founded the Republic?', tr: 'Cumhuriyetin kurucusu kimdir?' },
  accept: {
    en: [
      { text: 'Atatürk', feedback: 'Right.' },
      { text: 'Mustafa Kemal', weight: 50, feedback: 'Half: the surname too.' },
      { text: '*', weight: 0, feedback: 'No.' },
    ],
    tr: ['Atatürk', 'Gazi Mustafa Kemal*'],
  },
};
const numerical: QuestionDefinition = {
  id: 'q5',
  type: 'numerical',
  points: 2,
  text: { en: 'Year of Law No. 6458?' },
  answers: [
    { value: 2013, tolerance: 0, feedback: { en: 'Exactly.' } },
    { min: 2012, max: 2014, weight: 50, feedback: { en: 'Close.' } },
    { otherwise: true, feedback: { en: 'It was 2013.' } },
  ],
};
const description: QuestionDefinition = {
  id: 'd1',
  type: 'description',
  points: 0,
  text: { en: 'Read the case.' },
};

describe('grading', () => {
  it('gives single choice all or nothing', () => {
    expect(award(single, { optionId: 'o1' }, NO_LAYOUT)).toBe(2);
    expect(award(single, { optionId: 'o2' }, NO_LAYOUT)).toBe(0);
    expect(award(single, undefined, NO_LAYOUT)).toBe(0);
  });

  it('gives the right single choice all the points and a partly right one its weight, never below zero', () => {
    expect(award(partial, { optionId: 'o1' }, NO_LAYOUT)).toBe(2);
    expect(award(partial, { optionId: 'o2' }, NO_LAYOUT)).toBe(1);
    expect(award(partial, { optionId: 'o3' }, NO_LAYOUT)).toBe(0);
  });

  it('gives partial credit by weight on multiple choice, never below zero; thirds add up to all', () => {
    expect(award(multiple, { optionIds: ['o1'] }, NO_LAYOUT)).toBe(1);
    expect(award(multiple, { optionIds: ['o1', 'o2'] }, NO_LAYOUT)).toBe(2);
    expect(award(multiple, { optionIds: ['o1', 'o2', 'o3'] }, NO_LAYOUT)).toBe(0);
    expect(award(thirds, { optionIds: ['o1', 'o2', 'o3'] }, NO_LAYOUT)).toBe(2);
    expect(award(thirds, { optionIds: ['o1'] }, NO_LAYOUT)).toBe(0.6667);
  });

  it('compares short answers ignoring case and spaces, in either language, with weights and wildcards', () => {
    expect(award(short, { text: '  atatürk ' }, NO_LAYOUT)).toBe(2);
    expect(award(short, { text: 'MUSTAFA KEMAL' }, NO_LAYOUT)).toBe(1);
    expect(award(short, { text: 'Gazi Mustafa Kemal Paşa' }, NO_LAYOUT)).toBe(2);
    // The English catch-all * is worth nothing: it must not accept everything.
    expect(award(short, { text: 'İnönü' }, NO_LAYOUT)).toBe(0);
  });

  it("matches Moodle's wildcard: * is any text, \\* a star", () => {
    expect(wildcardMatch('law no. *', 'law no. 6698')).toBe(true);
    expect(wildcardMatch('*6698*', 'kanun 6698 sayılı')).toBe(true);
    expect(wildcardMatch('a*b*c', 'abc')).toBe(true);
    expect(wildcardMatch('a*b*c', 'acb')).toBe(false);
    expect(wildcardMatch('5\\*', '5*')).toBe(true);
    expect(wildcardMatch('5\\*', '55')).toBe(false);
    expect(wildcardMatch('*', '')).toBe(true);
  });

  it('takes the first numerical answer a number falls within, with its weight', () => {
    expect(award(numerical, { number: 2013 }, NO_LAYOUT)).toBe(2);
    expect(award(numerical, { number: 2012.5 }, NO_LAYOUT)).toBe(1);
    expect(award(numerical, { number: 1990 }, NO_LAYOUT)).toBe(0);
    const tolerant: QuestionDefinition = { ...numerical, answers: [{ value: 0.3, tolerance: 0 }] };
    expect(award(tolerant, { number: 0.1 + 0.2 }, NO_LAYOUT)).toBe(2);
  });

  it("credits each right pair of a matching question through the attempt's own ids", () => {
    const layout: AttemptLayout = {
      questionIds: ['q3'],
      order: { q3: ['k3', 'k0', 'k2', 'k1'] },
      matches: { q3: { k0: 0, k1: 1, k2: 2, k3: 3 } },
    };
    expect(award(matching, { pairs: { l1: 'k0', l2: 'k2', l3: 'k1' } }, layout)).toBe(1);
    expect(award(matching, { pairs: { l1: 'k0', l2: 'k1', l3: 'k2' } }, layout)).toBe(3);
    // Ids in answer order are no key: r1, r2, r3 are not this attempt's ids.
    expect(award(matching, { pairs: { l1: 'r1', l2: 'r2', l3: 'r3' } }, layout)).toBe(0);
    // An attempt from before the ids were drawn still grades as it did.
    expect(award(matching, { pairs: { l1: 'r1', l2: 'r2', l3: 'r3' } }, NO_LAYOUT)).toBe(3);
  });

  it('ignores answers of the wrong shape instead of failing, and never grades a description', () => {
    expect(award(single, { text: 'Assumptions' }, NO_LAYOUT)).toBe(0);
    expect(award(matching, { pairs: { l9: 'r1' } }, NO_LAYOUT)).toBe(0);
    expect(award(description, { text: 'read' }, NO_LAYOUT)).toBe(0);
  });

  it('adds up a score and a percentage, leaving descriptions out', () => {
    const graded = grade(
      [description, single, multiple, matching],
      { q1: { optionId: 'o1' }, q2: { optionIds: ['o1'] } },
      NO_LAYOUT,
    );
    expect(graded).toMatchObject({ score: 3, maxScore: 7, percent: 42.86 });
    expect(Object.keys(graded.perQuestion)).toEqual(['q1', 'q2', 'q3']);
  });

  it('reviews with the feedback on the answer given and on the question', () => {
    const answers = {
      q7: { optionId: 'o2' },
      q2: { optionIds: ['o1', 'o3'] },
      q4: { text: 'mustafa kemal' },
      q5: { number: 1990 },
    };
    const questions = [description, partial, multiple, short, numerical];
    const items = review(questions, answers, grade(questions, answers, NO_LAYOUT).perQuestion);
    expect(items.map((i) => [i.questionId, i.awarded, i.feedback])).toEqual([
      ['q7', 1, { en: 'Eski adı.' }],
      ['q2', 0, { en: 'Yes, specific.\nNo.' }],
      ['q4', 1, { en: 'Half: the surname too.' }],
      ['q5', 0, { en: 'It was 2013.' }],
    ]);
    expect(items[0]).toMatchObject({
      correct: false,
      correctAnswer: { en: 'İstanbul' },
      generalFeedback: null,
    });
    expect(items[2].correctAnswer).toEqual({ en: 'Atatürk', tr: 'Atatürk' });
    expect(items[3].correctAnswer).toEqual({ en: '2013', tr: '2013' });
  });
});
