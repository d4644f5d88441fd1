import type { CapacityQuestionnaire } from '@atolye/shared';
import { capacityScores, checkCapacityAnswers, oneDecimal, weakestDomains } from './capacity-scores';

const anchors = [1, 2, 3, 4].map((n) => ({ en: `Level ${n}`, tr: `Düzey ${n}` }));
const question = (id: string) => ({ id, prompt: { en: id, tr: id }, anchors });
const QUESTIONNAIRE: CapacityQuestionnaire = {
  slug: 'test',
  version: '1.0.0',
  title: { en: 'Test', tr: 'Deneme' },
  intro: { en: 'Intro', tr: 'Giriş' },
  domains: [
    { id: 'governance', title: { en: 'G', tr: 'Y' }, questions: ['g1', 'g2', 'g3', 'g4'].map(question) },
    { id: 'advocacy', title: { en: 'A', tr: 'S' }, questions: ['a1', 'a2', 'a3', 'a4'].map(question) },
    { id: 'data_protection', title: { en: 'D', tr: 'K' }, questions: ['d1', 'd2', 'd3'].map(question) },
  ],
};

describe('capacity scores', () => {
  it('gives each domain the mean of its questions and the overall the mean of the shown domain scores', () => {
    // governance (1+2+2+2)/4 = 1.75 → 1.8; advocacy (3+3+4+4)/4 = 3.5; data protection (2+2+3)/3 = 2.333 → 2.3
    // overall (1.8 + 3.5 + 2.3) / 3 = 2.5333 → 2.5
    const scores = capacityScores(QUESTIONNAIRE, {
      g1: 1,
      g2: 2,
      g3: 2,
      g4: 2,
      a1: 3,
      a2: 3,
      a3: 4,
      a4: 4,
      d1: 2,
      d2: 2,
      d3: 3,
    });
    expect(scores).toEqual({
      domains: [
        { domain: 'governance', score: 1.8 },
        { domain: 'advocacy', score: 3.5 },
        { domain: 'data_protection', score: 2.3 },
      ],
      overall: 2.5,
    });
    expect(weakestDomains(scores)).toEqual(['governance', 'data_protection']);
  });

  it('leaves a domain with an unanswered question, and then the overall, without a score', () => {
    const scores = capacityScores(QUESTIONNAIRE, { g1: 4, g2: 4, g3: 4, g4: 4, a1: 2 });
    expect(scores.domains.map((d) => d.score)).toEqual([4, null, null]);
    expect(scores.overall).toBeNull();
    expect(weakestDomains(scores)).toEqual(['governance']);
  });

  it('rounds half away from zero to one decimal', () => {
    expect(oneDecimal(2.25)).toBe(2.3);
    expect(oneDecimal(2.35)).toBe(2.4);
    expect(oneDecimal(1.75)).toBe(1.8);
    expect(oneDecimal(7 / 3)).toBe(2.3);
  });

  it('keeps the questionnaire order between domains of the same score', () => {
    const all = Object.fromEntries(QUESTIONNAIRE.domains.flatMap((d) => d.questions.map((q) => [q.id, 2])));
    expect(weakestDomains(capacityScores(QUESTIONNAIRE, all))).toEqual(['governance', 'advocacy']);
  });
});

describe('capacity answers', () => {
  it('names unknown questions and scores outside 1–4, and for a submission every unanswered question', () => {
    expect(checkCapacityAnswers(QUESTIONNAIRE, { g1: 5, g2: 2.5, zz: 1 }, false)).toEqual([
      { field: 'answers.g1', reason: 'must be a whole number from 1 to 4' },
      { field: 'answers.g2', reason: 'must be a whole number from 1 to 4' },
      { field: 'answers.zz', reason: 'is not a question of this questionnaire' },
    ]);
    const missing = checkCapacityAnswers(QUESTIONNAIRE, { g1: 1 }, true).map((p) => p.field);
    expect(missing).toHaveLength(10);
    expect(missing).toContain('answers.d3');
    expect(missing).not.toContain('answers.g1');
  });

  it('accepts a partial draft of valid scores', () => {
    expect(checkCapacityAnswers(QUESTIONNAIRE, { g1: 1, a4: 4 }, false)).toEqual([]);
  });
});
