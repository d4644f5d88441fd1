import type { QuestionDefinition, QuizDefinition } from '@atolye/shared';
import { giftToQuestions } from './gift-to-quiz';
import { quizToGift } from './quiz-to-gift';

function quiz(questions: QuestionDefinition[]): QuizDefinition {
  return {
    slug: 'post-test',
    kind: 'post_test',
    title: { en: 'Post-test — Advocacy', tr: 'Son test — Savunuculuk' },
    passMarkPercent: 70,
    timeLimitMinutes: null,
    maxAttempts: 2,
    shuffleQuestions: true,
    shuffleOptions: true,
    reviewPolicy: 'after_last_attempt',
    pairedWith: null,
    afterLesson: null,
    questions,
  };
}

const t = (en: string, tr = `${en} (tr)`) => ({ en, tr });

const THIRDS: QuestionDefinition = {
  id: 'q03',
  type: 'multiple_choice',
  points: 2,
  text: t('Which steps protect the people concerned?\nSelect all that apply.'),
  options: [
    { id: 'o1', text: t('Collect only what you need'), weight: 33.33333 },
    { id: 'o2', text: t('Anonymise quotes'), weight: 33.33333 },
    { id: 'o3', text: t('Refer, with consent'), weight: 33.33333, feedback: t('Yes: consent first.') },
    { id: 'o4', text: t('Publish names'), weight: -50 },
  ],
};
const PARTIAL: QuestionDefinition = {
  id: 'q01',
  type: 'single_choice',
  points: 1,
  text: t('Where does the 1951 Convention apply in Turkey?'),
  options: [
    { id: 'o1', text: t('Events in Europe'), correct: true },
    { id: 'o2', text: t('%10% of events'), correct: false },
    { id: 'o3', text: t('[html] everywhere'), correct: false, weight: 50 },
  ],
};

const back = (gift: string) => giftToQuestions([{ language: 'en', text: gift }]);

describe('GIFT export', () => {
  it("writes weights as Moodle's grades, line breaks as \\n and points as a tag Moodle keeps", () => {
    const gift = quizToGift(quiz([PARTIAL, THIRDS]), 'en');
    expect(gift).toContain(
      [
        '// [tag:points-2]',
        '::q03::[plain]Which steps protect the people concerned?\\nSelect all that apply.{',
        '\t~%33.33333%Collect only what you need',
        '\t~%33.33333%Anonymise quotes',
        '\t~%33.33333%Refer, with consent#Yes\\: consent first.',
        '\t~%-50%Publish names',
        '}',
      ].join('\n'),
    );
    expect(gift).toMatch(
      /^\/\/ Post-test — Advocacy \(post-test, post_test, pass mark 70 %\), exported from Atölye in en\./,
    );
    expect(gift).toContain("// Points: Moodle's GIFT import gives every question 1 point.");
    expect(gift).toContain('in the Moodle quiz, set q03 to 2.');
    const { questions, problems } = back(gift);
    expect(problems).toEqual([]);
    expect(questions.map((q) => [q.id, q.points])).toEqual([
      ['q01', 1],
      ['q03', 2],
    ]);
    expect(questions[1]).toMatchObject({
      text: { en: 'Which steps protect the people concerned?\nSelect all that apply.' },
      options: [
        { weight: 33.33333 },
        { weight: 33.33333 },
        { weight: 33.33333, feedback: { en: 'Yes: consent first.' } },
        { weight: -50 },
      ],
    });
  });

  it('guards option texts Moodle would read as a weight or a format', () => {
    const gift = quizToGift(quiz([PARTIAL]), 'en');
    expect(gift).toContain('\t~%0%%10% of events\n');
    expect(gift).toContain('\t~%50%[plain][html] everywhere\n');
    const { questions, problems } = back(gift);
    expect(problems).toEqual([]);
    expect(questions[0]).toMatchObject({
      options: [
        { text: { en: 'Events in Europe' }, correct: true },
        { text: { en: '%10% of events' }, correct: false },
        { text: { en: '[html] everywhere' }, correct: false, weight: 50 },
      ],
    });
  });

  it('keeps "->" in a short answer from turning it into a matching question', () => {
    const lone: QuestionDefinition = {
      id: 'q1',
      type: 'short_answer',
      points: 1,
      text: t('Arrow?'),
      accept: { en: [{ text: 'a -> b', feedback: 'Right: a -> b.' }], tr: ['a -> b'] },
    };
    const several: QuestionDefinition = {
      id: 'q2',
      type: 'short_answer',
      points: 1,
      text: t('Arrow or word?'),
      accept: { en: ['then', 'a -> b'], tr: ['sonra'] },
    };
    const gift = quizToGift(quiz([lone, several]), 'en');
    expect(gift).toContain('::q1::[plain]Arrow?{\n\t%100%a -> b#[html]Right\\: a -&gt; b.\n}');
    expect(gift).toContain(
      '// Question q2: Moodle reads "->" in a short answer as a matching question, so the accepted answer "a -> b" is left out.',
    );
    const { questions, problems } = back(gift);
    expect(problems).toEqual([]);
    expect(questions.map((q) => [q.type, q.type === 'short_answer' ? q.accept.en : null])).toEqual([
      ['short_answer', [{ text: 'a -> b', feedback: 'Right: a -> b.' }]],
      ['short_answer', ['then']],
    ]);
  });

  it('writes every type in each language, and reads both languages back into the same quiz', () => {
    const questions: QuestionDefinition[] = [
      { id: 'intro', type: 'description', points: 0, text: t('Read the case: {a} #1') },
      PARTIAL,
      THIRDS,
      {
        id: 'q04',
        type: 'true_false',
        points: 1,
        text: t('Turkey keeps the geographical limitation.'),
        answer: true,
        feedbackFalse: t('It does: Law No. 6458, art. 61.'),
        generalFeedback: t('See lesson 1.'),
      },
      {
        id: 'q05',
        type: 'short_answer',
        points: 1,
        text: t('Law number on personal data?'),
        accept: {
          en: ['6698', { text: '6458', weight: 0, feedback: 'That is the foreigners law.' }],
          tr: ['6698', { text: '*', weight: 0, feedback: 'Hayır.' }],
        },
      },
      {
        id: 'q06',
        type: 'numerical',
        points: 3,
        text: t('Hours to notify a breach?'),
        answers: [
          { value: 72, tolerance: 0, feedback: t('Right.') },
          { min: 48, max: 96, weight: 50 },
          { otherwise: true, feedback: t('GDPR art. 33.') },
        ],
      },
      {
        id: 'q07',
        type: 'matching',
        points: 2,
        text: t('Match the roles.'),
        pairs: [
          { left: t('Controller'), right: t('Decides why = purpose') },
          { left: t('Processor'), right: t('Acts on behalf ~ contract') },
        ],
        distractors: [t('Regulator')],
      },
    ];
    const files = (['en', 'tr'] as const).map((language) => ({
      language,
      text: quizToGift(quiz(questions), language),
    }));
    expect(files[1].text).toContain(
      '::q05::[plain]Law number on personal data? (tr){\n\t=6698\n\t=%0%*#Hayır.\n}',
    );
    expect(files[0].text).toContain('::intro::[plain]Read the case\\: \\{a\\} \\#1\n');
    expect(files[0].text).toContain(
      '::q04::[plain]Turkey keeps the geographical limitation.{TRUE#It does\\: Law No. 6458, art. 61.####See lesson 1.}',
    );
    expect(giftToQuestions(files)).toEqual({ questions, problems: [] });
  });
});
