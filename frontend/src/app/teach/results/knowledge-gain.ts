import type { LocalisedText, SessionQuizResults } from '@atolye/shared';

export interface GainRow {
  postTestId: string;
  /** The post-test's title, which names its module. */
  title: LocalisedText;
  /** Averages over the trainees who took both tests, 0–100; null when nobody did. */
  preAverage: number | null;
  postAverage: number | null;
  /** Average gain in percentage points, as the API computes it. */
  gain: number | null;
  trainees: number;
}

const average = (values: number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;

/**
 * Pre-test and post-test averages per pair, over the same trainees the API's average gain is
 * computed on (those with a score in both), so that post minus pre reads as the gain shown.
 */
export function knowledgeGain(results: SessionQuizResults): GainRow[] {
  return results.quizzes
    .filter((quiz) => quiz.kind === 'post_test' && quiz.pairedWithQuizId)
    .map((post) => {
      const preId = post.pairedWithQuizId as string;
      const both = results.trainees
        .map((t) => ({ pre: t.quizzes[preId]?.best ?? null, post: t.quizzes[post.id]?.best ?? null }))
        .filter((s): s is { pre: number; post: number } => s.pre !== null && s.post !== null);
      const api = results.averageGain.find((g) => g.postTestQuizId === post.id);
      const preAverage = average(both.map((s) => s.pre));
      const postAverage = average(both.map((s) => s.post));
      return {
        postTestId: post.id,
        title: post.title,
        preAverage,
        postAverage,
        gain: api?.average ?? (preAverage !== null && postAverage !== null ? postAverage - preAverage : null),
        trainees: api?.trainees ?? both.length,
      };
    });
}

/** Weakest questions first; ties keep the quiz order. */
export function byDifficulty(results: SessionQuizResults): SessionQuizResults['difficulty'] {
  return [...results.difficulty]
    .filter((d) => d.answered > 0)
    .sort((a, b) => a.percentCorrect - b.percentCorrect);
}
