import type { LocalisedText, SessionQuizResults } from '@atolye/shared';

export interface GainRow {
  postTestId: string;
  /** The post-test's title, which names its module. */
  title: LocalisedText;
  /** First pre-test and best post-test averages over the trainees who took both, 0–100; null when nobody did. */
  preAverage: number | null;
  postAverage: number | null;
  /** Average gain in percentage points. */
  gain: number | null;
  trainees: number;
}

/**
 * One row per pre/post pair, with the figures exactly as the API sends them: the gain is the
 * best post-test minus the first pre-test (defined once, on the server) and is not recomputed here.
 */
export function knowledgeGain(results: SessionQuizResults): GainRow[] {
  return results.averageGain.flatMap((pair) => {
    const post = results.quizzes.find((quiz) => quiz.id === pair.postTestQuizId);
    return post
      ? [
          {
            postTestId: post.id,
            title: post.title,
            preAverage: pair.preAverage,
            postAverage: pair.postAverage,
            gain: pair.average,
            trainees: pair.trainees,
          },
        ]
      : [];
  });
}

/** Weakest questions first; ties keep the quiz order. */
export function byDifficulty(results: SessionQuizResults): SessionQuizResults['difficulty'] {
  return [...results.difficulty]
    .filter((d) => d.answered > 0)
    .sort((a, b) => a.percentCorrect - b.percentCorrect);
}
