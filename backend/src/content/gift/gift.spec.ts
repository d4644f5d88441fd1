import type { QuestionDefinition, QuizDefinition } from '@atolye/shared';
import { GiftError, giftToQuestions } from './gift-to-quiz';
import { quizToGift } from './quiz-to-gift';

/** Examples in the style of Moodle's GIFT documentation, one per question type. */
const MOODLE_EXAMPLES = `// question: 1 name: Grants tomb
::Grants tomb::Who is buried in Grant's tomb in New York City? {
=Grant#Right.
~No one#Wrong, someone is.
~Napoleon
####Grant is buried there with his wife.
}

// multiple answers with weights
::Two of four:: What two people are entombed in Grant's tomb? {
~%-100%No one
~%50%Grant
~%50%Grant's wife
~%-100%Grant's father
}

::TrueStatement::Grant was buried in a tomb in New York City.{T#No, he was.#Yes, he was.}

::FalseStatement::The sun rises in the West.{FALSE}

::Short:: Two plus two equals {=four =4}

::Tolerance:: When was Ulysses S. Grant born? {#1822:5}

::Range:: What is a number from 1 to 5? {#1..5}

::Multiple numerical:: When was Grant born? {#
=1822:0#Exactly right
=1822:2#Close
}

::Matching:: Match the following countries with their capitals. {
=Canada -> Ottawa
=Italy -> Rome
=Japan -> Tokyo
}

::Escapes:: Which are special in GIFT\\: \\~ \\= \\# \\{ and \\}? {=All of them ~None}
`;

describe('GIFT import', () => {
  const questions = giftToQuestions([{ language: 'en', text: MOODLE_EXAMPLES }]);
  const byId = (id: string) => questions.find((q) => q.id === id) as QuestionDefinition;

  it('reads every question type, with titles as ids and comments skipped', () => {
    expect(questions.map((q) => [q.id, q.type])).toEqual([
      ['Grants tomb', 'single_choice'],
      ['Two of four', 'multiple_choice'],
      ['TrueStatement', 'true_false'],
      ['FalseStatement', 'true_false'],
      ['Short', 'short_answer'],
      ['Tolerance', 'numerical'],
      ['Range', 'numerical'],
      ['Multiple numerical', 'numerical'],
      ['Matching', 'matching'],
      ['Escapes', 'single_choice'],
    ]);
  });

  it('keeps per-answer feedback and general feedback', () => {
    expect(byId('Grants tomb')).toMatchObject({
      generalFeedback: { en: 'Grant is buried there with his wife.' },
      options: [
        { text: { en: 'Grant' }, correct: true, feedback: { en: 'Right.' } },
        { text: { en: 'No one' }, correct: false, feedback: { en: 'Wrong, someone is.' } },
        { text: { en: 'Napoleon' }, correct: false },
      ],
    });
  });

  it('keeps weights of multiple answers, and true/false feedback on the right side', () => {
    expect(byId('Two of four')).toMatchObject({
      options: [{ weight: -100 }, { weight: 50 }, { weight: 50 }, { weight: -100 }],
    });
    expect(byId('TrueStatement')).toMatchObject({
      answer: true,
      feedbackTrue: { en: 'Yes, he was.' },
      feedbackFalse: { en: 'No, he was.' },
    });
    expect(byId('FalseStatement')).toMatchObject({ answer: false });
  });

  it('reads numerical tolerances, ranges and several accepted numbers', () => {
    expect(byId('Tolerance')).toMatchObject({ answers: [{ value: 1822, tolerance: 5 }] });
    expect(byId('Range')).toMatchObject({ answers: [{ min: 1, max: 5 }] });
    expect(byId('Multiple numerical')).toMatchObject({
      answers: [
        { value: 1822, tolerance: 0 },
        { value: 1822, tolerance: 2 },
      ],
    });
  });

  it('reads short answers, matching pairs and escaped special characters', () => {
    expect(byId('Short')).toMatchObject({ accept: { en: ['four', '4'] } });
    expect(byId('Matching')).toMatchObject({
      pairs: [
        { left: { en: 'Canada' }, right: { en: 'Ottawa' } },
        { left: { en: 'Italy' }, right: { en: 'Rome' } },
        { left: { en: 'Japan' }, right: { en: 'Tokyo' } },
      ],
    });
    expect(byId('Escapes').text.en).toBe('Which are special in GIFT: ~ = # { and }?');
  });

  it('joins an English and a Turkish file into bilingual questions', () => {
    const [q] = giftToQuestions([
      {
        language: 'en',
        text: '::q1:: Which law regulates personal data in Turkey? {=Law No. 6698 ~Law No. 6458}',
      },
      {
        language: 'tr',
        text: "::q1:: Türkiye'de kişisel verileri hangi kanun düzenler? {=6698 sayılı Kanun ~6458 sayılı Kanun}",
      },
    ]);
    expect(q).toMatchObject({
      text: {
        en: 'Which law regulates personal data in Turkey?',
        tr: "Türkiye'de kişisel verileri hangi kanun düzenler?",
      },
      options: [{ text: { en: 'Law No. 6698', tr: '6698 sayılı Kanun' } }, {}],
    });
  });

  it('reports bad GIFT with the line of the problem', () => {
    const broken = '::A:: First {=a ~b}\n\n::B:: Second {=c ~d\n\n::C:: Third {=e}\n';
    expect(() => giftToQuestions([{ language: 'en', text: broken }])).toThrow(GiftError);
    try {
      giftToQuestions([{ language: 'en', text: broken }]);
    } catch (error) {
      expect((error as GiftError).line).toBe(3);
    }
  });

  it('refuses essay questions, naming their line', () => {
    expect(() =>
      giftToQuestions([{ language: 'en', text: '::A:: Fine {=a ~b}\n\n::Essay:: Write about it {}\n' }]),
    ).toThrow(/^line 3: Essay questions cannot be graded automatically/);
  });
});

describe('GIFT export', () => {
  it('round-trips GIFT → our format → GIFT → our format without losing meaning', () => {
    const questions = giftToQuestions([{ language: 'en', text: MOODLE_EXAMPLES }]);
    const quiz: QuizDefinition = {
      slug: 'post-test',
      kind: 'post_test',
      title: { en: 'Grant' },
      passMarkPercent: 70,
      timeLimitMinutes: null,
      maxAttempts: 2,
      shuffleQuestions: false,
      shuffleOptions: false,
      reviewPolicy: 'after_last_attempt',
      pairedWith: null,
      afterLesson: null,
      questions,
    };
    const gift = quizToGift(quiz, 'en');
    expect(giftToQuestions([{ language: 'en', text: gift }])).toEqual(questions);
  });
});
