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
    },
    {
      id: 'post',
      moduleSlug: 'm',
      slug: 'post-test',
      kind: 'post_test',
      title: { en: 'Post' },
      pairedWithQuizId: 'pre',
    },
  ],
  trainees: [
    {
      enrolmentId: 'a',
      fullName: 'Rana',
      organisation: null,
      quizzes: {
        pre: { best: 40, latest: 40, passed: true, attempts: 1 },
        post: { best: 80, latest: 80, passed: true, attempts: 1 },
      },
      gains: { post: 40 },
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
    },
    {
      enrolmentId: 'c',
      fullName: 'Layla',
      organisation: null,
      quizzes: { pre: { best: 10, latest: 10, passed: true, attempts: 1 } },
      gains: {},
    },
  ],
  difficulty: [
    { quizId: 'post', questionId: 'q1', text: { en: 'Easy' }, percentCorrect: 90, answered: 2 },
    { quizId: 'post', questionId: 'q2', text: { en: 'Hard' }, percentCorrect: 20, answered: 2 },
    { quizId: 'post', questionId: 'q3', text: { en: 'Unseen' }, percentCorrect: 0, answered: 0 },
  ],
  averageGain: [{ postTestQuizId: 'post', average: 30, trainees: 2 }],
};

describe('knowledgeGain', () => {
  it('averages pre and post over the trainees who took both tests', () => {
    expect(knowledgeGain(results)).toEqual([
      { postTestId: 'post', title: { en: 'Post' }, preAverage: 50, postAverage: 80, gain: 30, trainees: 2 },
    ]);
  });

  it('shows no averages while nobody has taken both tests', () => {
    const [row] = knowledgeGain({
      ...results,
      trainees: [results.trainees[2]],
      averageGain: [{ postTestQuizId: 'post', average: null, trainees: 0 }],
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
