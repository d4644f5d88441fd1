import type { QuestionDefinition } from '@atolye/shared';
import { award, grade } from './grading';

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
const multiple: QuestionDefinition = {
  id: 'q2',
  type: 'multiple_choice',
  points: 2,
  text: { en: 'SMART?' },
  options: [
    { id: 'o1', text: { en: 'Specific' }, weight: 50 },
    { id: 'o2', text: { en: 'Measurable' }, weight: 50 },
    { id: 'o3', text: { en: 'Expensive' }, weight: -100 },
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
};

describe('grading', () => {
  it('gives single choice all or nothing', () => {
    expect(award(single, { optionId: 'o1' })).toBe(2);
    expect(award(single, { optionId: 'o2' })).toBe(0);
    expect(award(single, undefined)).toBe(0);
  });

  it('gives partial credit by weight on multiple choice, never below zero', () => {
    expect(award(multiple, { optionIds: ['o1'] })).toBe(1);
    expect(award(multiple, { optionIds: ['o1', 'o2'] })).toBe(2);
    expect(award(multiple, { optionIds: ['o1', 'o2', 'o3'] })).toBe(0);
  });

  it('compares short answers ignoring case and spaces, in either language', () => {
    const short: QuestionDefinition = {
      id: 'q',
      type: 'short_answer',
      points: 1,
      text: { en: 'Law?' },
      accept: { en: ['Law No. 6698'], tr: ['6698 sayılı Kanun'] },
    };
    expect(award(short, { text: '  law no.  6698 ' })).toBe(1);
    expect(award(short, { text: '6698 SAYILI KANUN' })).toBe(1);
    expect(award(short, { text: '6458' })).toBe(0);
  });

  it('accepts numbers within the tolerance or range', () => {
    const numerical: QuestionDefinition = {
      id: 'q',
      type: 'numerical',
      points: 1,
      text: { en: 'Year?' },
      answers: [
        { value: 2013, tolerance: 0 },
        { min: 2020, max: 2021 },
      ],
    };
    expect(award(numerical, { number: 2013 })).toBe(1);
    expect(award(numerical, { number: 2020.5 })).toBe(1);
    expect(award(numerical, { number: 2014 })).toBe(0);
  });

  it('credits each right pair of a matching question', () => {
    expect(award(matching, { pairs: { l1: 'r1', l2: 'r3', l3: 'r2' } })).toBe(1);
    expect(award(matching, { pairs: { l1: 'r1', l2: 'r2', l3: 'r3' } })).toBe(3);
  });

  it('ignores answers of the wrong shape instead of failing', () => {
    expect(award(single, { text: 'Assumptions' })).toBe(0);
    expect(award(matching, { pairs: { l9: 'r1' } })).toBe(0);
  });

  it('adds up a score and a percentage', () => {
    expect(
      grade([single, multiple, matching], { q1: { optionId: 'o1' }, q2: { optionIds: ['o1'] } }),
    ).toMatchObject({ score: 3, maxScore: 7, percent: 42.86 });
  });
});
