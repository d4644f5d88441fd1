import { GIFT_CASES } from './gift-cases';
import { GiftTimeLimitError } from './gift-problems';
import { giftToQuestions } from './gift-to-quiz';

const read = (text: string) => giftToQuestions([{ language: 'en', text }]);

describe('GIFT read as Moodle reads it', () => {
  it('has a table of at least 60 cases', () => {
    expect(GIFT_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(GIFT_CASES.map((c) => c.name)).size).toBe(GIFT_CASES.length);
  });

  it.each(GIFT_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { questions, problems } = read(c.gift);
    if (c.problems) {
      expect(problems.map((p) => `${p.line} ${p.code}`)).toEqual(c.problems);
    } else {
      expect(problems).toEqual([]);
      if (c.exact) expect(questions).toEqual(c.questions);
      else expect(questions).toMatchObject(c.questions as object[]);
    }
  });

  it('says each problem in plain words, naming the weight or number', () => {
    const { problems } = read('::A::Weights {~%-15%a ~%50%b ~%50%c}\n\n::B::How much? {#1,5}');
    expect(problems.map((p) => `${p.language}:${p.line}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^en:1: the weight -15 % is not one of the grades Moodle accepts \(100, 90, 83\.33333,/,
      ),
      'en:3: "1,5" is not a number (write decimals with a point, as in 1.5)',
    ]);
    expect(problems[0].params).toEqual({ weight: -15 });
  });

  it('gives up past its time limit rather than run on', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `::q${i}::Question ${i}? {=a ~b}`).join('\n\n');
    expect(() => giftToQuestions([{ language: 'en', text: big }], performance.now() - 1)).toThrow(
      GiftTimeLimitError,
    );
  });
});

describe('GIFT in two languages', () => {
  const EN =
    '::q1:: Which law regulates personal data in Turkey? {=Law No. 6698#Right. ~Law No. 6458}\n\n::q2::Turkey keeps the geographical limitation.{T}';
  const TR =
    "::q1:: Türkiye'de kişisel verileri hangi kanun düzenler? {=6698 sayılı Kanun#Doğru. ~6458 sayılı Kanun}\n\n::q2::Türkiye coğrafi sınırlamayı korur.{T}";

  it('joins an English and a Turkish file into bilingual questions', () => {
    const { questions, problems } = giftToQuestions([
      { language: 'en', text: EN },
      { language: 'tr', text: TR },
    ]);
    expect(problems).toEqual([]);
    expect(questions[0]).toEqual({
      id: 'q1',
      type: 'single_choice',
      points: 1,
      text: {
        en: 'Which law regulates personal data in Turkey?',
        tr: "Türkiye'de kişisel verileri hangi kanun düzenler?",
      },
      options: [
        {
          id: 'o1',
          text: { en: 'Law No. 6698', tr: '6698 sayılı Kanun' },
          feedback: { en: 'Right.', tr: 'Doğru.' },
          correct: true,
        },
        { id: 'o2', text: { en: 'Law No. 6458', tr: '6458 sayılı Kanun' }, correct: false },
      ],
    });
  });

  it('names the question and the line when the languages differ, instead of failing', () => {
    const tr = TR.replace('~6458 sayılı Kanun}', '~6458 sayılı Kanun ~5901 sayılı Kanun}').replace(
      '{T}',
      '{=evet}',
    );
    const { problems } = giftToQuestions([
      { language: 'en', text: EN },
      { language: 'tr', text: tr },
    ]);
    expect(problems.map((p) => `${p.language}:${p.line}: ${p.message}`)).toEqual([
      'tr:1: question 1 has 3 answers in tr but 2 in en',
      'tr:3: question 2 is short_answer in tr but true_false in en',
    ]);
  });

  it('reports a different number of questions, a different key and feedback in one language only', () => {
    const count = giftToQuestions([
      { language: 'en', text: EN },
      { language: 'tr', text: TR.split('\n\n')[0] },
    ]).problems;
    expect(count.map((p) => p.message)).toEqual(['the tr file has 1 questions but the en file has 2']);
    const key = giftToQuestions([
      { language: 'en', text: EN },
      { language: 'tr', text: TR.replace('{T}', '{F}').replace('#Doğru.', '') },
    ]).problems;
    expect(key.map((p) => `${p.line} ${p.code}`)).toEqual(['1 feedbackMissing', '3 keyMismatch']);
  });
});

describe('GIFT reading time', () => {
  // Each of these makes a naive regular expression take time growing with the square of the text.
  const within = (text: string) => {
    const start = performance.now();
    const { problems } = giftToQuestions([{ language: 'en', text }]);
    return { ms: performance.now() - start, problems };
  };

  it('reads a file made to be slow in linear time: unclosed tokens, unclosed tags, trailing spaces', () => {
    // 400 KB each: in linear time a fraction of a second; in quadratic time, minutes.
    const size = 400_000;
    const cases = [
      `// ${'[id:'.repeat(size / 4)}\n::q::Text {T}`,
      `// ${'[tag:x'.repeat(size / 6)}\n::q::Text {T}`,
      `::q::${'<a'.repeat(size / 2)} {T}`,
      `::q::[html]<p>${' '.repeat(size)}x</p> {T}`,
      `::q::Which? {${'~%5'.repeat(size / 3)}}`,
    ];
    for (const text of cases) expect(within(text).ms).toBeLessThan(5000);
  });

  it('stops within one question of a hundred thousand options once the time is up', () => {
    const huge = `::q::Which? {=right ${'~wrong '.repeat(100_000)}}`;
    expect(() => giftToQuestions([{ language: 'en', text: huge }], performance.now() + 5)).toThrow(
      GiftTimeLimitError,
    );
  });

  it("reads Moodle's [id:] and [tag:] tokens as Moodle's tests expect", () => {
    const read = (comment: string) => {
      const [question] = giftToQuestions([
        { language: 'en', text: `${comment}\n::Name::Text {T}` },
      ]).questions;
      return [question.id, question.points];
    };
    expect(read('// A comment with [id:frog] <-- an idnumber.')).toEqual(['frog', 1]);
    expect(read('// [tag:add] [tag:points-4] [id:four]')).toEqual(['four', 4]);
    expect(read('// [tag:  points-3] Here is  \n// a [id:   four   ] que[tag:add   ]stion.')).toEqual([
      'four',
      3,
    ]);
    expect(read("// Ceci n'est pas une [id:\n// frog].")).toEqual(['name', 1]);
    expect(read('// [id:] [id:i\\]d].')).toEqual(['i-d', 1]);
  });
});
