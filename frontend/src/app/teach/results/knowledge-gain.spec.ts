import type { SessionQuizResults } from '@atolye/shared';
import { byDifficulty, knowledgeGain } from './knowledge-gain';

const results: SessionQuizResults = {
  sessionId: 's',
  quizzes: [
    {
      id: 'pre',
      moduleSlug: 'm',
      slug: 'pre-test',
      kind: 'pre_test',
      title: { en: 'Pre' },
      pairedWithQuizId: null,
      earlierVersion: false,
    },
    {
      id: 'post',
      moduleSlug: 'm',
      slug: 'post-test',
      kind: 'post_test',
      title: { en: 'Post' },
      pairedWithQuizId: 'pre',
      earlierVersion: false,
    },
  ],
  trainees: [
    {
      enrolmentId: 'a',
      fullName: 'Rana',
      organisation: null,
      // Pre-test taken twice: 20, then 60. The gain is anchored on the first.
      quizzes: {
        pre: { best: 60, latest: 60, passed: true, attempts: 2 },
        post: { best: 80, latest: 80, passed: true, attempts: 1 },
      },
      gains: { post: 60 },
      knowledge: { post: { pre: 20, post: 80, gain: 60 } },
    },
    {
      enrolmentId: 'b',
      fullName: 'Ahmet',
      organisation: null,
      quizzes: {
        pre: { best: 60, latest: 60, passed: true, attempts: 1 },
        post: { best: 80, latest: 70, passed: true, attempts: 2 },
      },
      gains: { post: 20 },
      knowledge: { post: { pre: 60, post: 80, gain: 20 } },
    },
    {
      enrolmentId: 'c',
      fullName: 'Layla',
      organisation: null,
      quizzes: { pre: { best: 10, latest: 10, passed: true, attempts: 1 } },
      gains: {},
      knowledge: {},
    },
  ],
  difficulty: [
    { quizId: 'post', questionId: 'q1', text: { en: 'Easy' }, percentCorrect: 90, answered: 2 },
    { quizId: 'post', questionId: 'q2', text: { en: 'Hard' }, percentCorrect: 20, answered: 2 },
    { quizId: 'post', questionId: 'q3', text: { en: 'Unseen' }, percentCorrect: 0, answered: 0 },
  ],
  averageGain: [{ postTestQuizId: 'post', preAverage: 40, postAverage: 80, average: 40, trainees: 2 }],
};

describe('knowledgeGain', () => {
  it('shows the first pre-test, best post-test and gain the API sends, recomputing nothing', () => {
    // Rana's pre-test best is 60 but her first attempt, 20, anchors her gain: the API's
    // averages are (20 + 60) / 2 = 40 before and 80 after, a gain of 40 points.
    expect(knowledgeGain(results)).toEqual([
      { postTestId: 'post', title: { en: 'Post' }, preAverage: 40, postAverage: 80, gain: 40, trainees: 2 },
    ]);
  });

  it('shows no averages while nobody has taken both tests', () => {
    const [row] = knowledgeGain({
      ...results,
      trainees: [results.trainees[2]],
      averageGain: [
        { postTestQuizId: 'post', preAverage: null, postAverage: null, average: null, trainees: 0 },
      ],
    });
    expect(row.preAverage).toBeNull();
    expect(row.gain).toBeNull();
  });
});

describe('byDifficulty', () => {
  it('lists the weakest answered questions first', () => {
    expect(byDifficulty(results).map((d) => d.questionId)).toEqual(['q2', 'q1']);
  });
});
