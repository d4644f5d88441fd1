import type { GiftProblem } from '@atolye/shared';
import { giftDownloadUrl, problemWording, weightValue } from './gift-wording';

describe('GIFT wording', () => {
  const translate = (key: string) => `<${key}>`;

  it('names languages and question types in words, keeping numbers as they are', () => {
    const problem: GiftProblem = {
      language: 'tr',
      line: 12,
      code: 'typeMismatch',
      params: { n: 3, type: 'short_answer', language: 'tr', otherType: 'true_false', other: 'en' },
      message: 'question 3 is short_answer in tr but true_false in en',
    };
    expect(problemWording(problem, translate)).toEqual({
      key: 'gift.problem.typeMismatch',
      params: {
        n: 3,
        type: '<gift.types.short_answer>',
        language: '<languages.tr>',
        otherType: '<gift.types.true_false>',
        other: '<languages.en>',
      },
    });
  });

  it('keeps weights as Moodle writes them', () => {
    expect(weightValue(33.33333)).toBe(33.33333);
    expect(weightValue(-50)).toBe(-50);
    expect(weightValue(100 / 3)).toBe(33.33333);
  });

  it('builds the download address of a published quiz', () => {
    expect(giftDownloadUrl('protection-and-data-protection', '1.0.0', 'post-test', 'tr')).toBe(
      '/api/modules/protection-and-data-protection/versions/1.0.0/quizzes/post-test/gift?lang=tr',
    );
  });
});
