import { randomBytes, randomInt } from 'node:crypto';
import type {
  AttemptResult,
  AttemptView,
  QuestionDefinition,
  QuestionView,
  QuizSummaryForTrainee,
} from '@atolye/shared';
import { review, type AttemptLayout } from './grading';
import type { AttemptRecord } from './quiz-attempts.repository';
import type { QuizEntity } from '../content/quiz.entity';

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Ids no two right-hand items of one question share, that say nothing of which item is which. */
function drawIds(count: number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) ids.add(randomBytes(5).toString('hex'));
  return [...ids];
}

/**
 * The order of questions and options for a new attempt, chosen on the server. Descriptions keep
 * their place (they introduce what follows); the questions around them are shuffled.
 */
export function newLayout(quiz: QuizEntity): AttemptLayout {
  const gradable = quiz.questions.filter((q) => q.type !== 'description');
  const drawn = quiz.shuffleQuestions ? shuffled(gradable) : gradable;
  let next = 0;
  const questions = quiz.questions.map((q) => (q.type === 'description' ? q : drawn[next++]));
  const order: AttemptLayout['order'] = {};
  const matches: NonNullable<AttemptLayout['matches']> = {};
  for (const q of questions) {
    if (q.type === 'single_choice' || q.type === 'multiple_choice') {
      const ids = q.options.map((o) => o.id);
      order[q.id] = quiz.shuffleOptions ? shuffled(ids) : ids;
    }
    if (q.type === 'matching') {
      // Right-hand items get ids drawn for this attempt and are always shuffled: ids in answer
      // order (r1 for the first pair's…) or items in file order would give the key away.
      const count = q.pairs.length + (q.distractors?.length ?? 0);
      const ids = drawIds(count);
      matches[q.id] = Object.fromEntries(ids.map((id, place) => [id, place]));
      order[q.id] = shuffled(ids);
    }
  }
  return { questionIds: questions.map((q) => q.id), order, matches };
}

/** A question as the trainee sees it: texts and choices only, never the key, weights or feedback. */
function questionView(q: QuestionDefinition, layout: AttemptLayout): QuestionView {
  const base = { id: q.id, type: q.type, points: q.points, text: q.text };
  if (q.type === 'single_choice' || q.type === 'multiple_choice') {
    const options = q.options as { id: string; text: QuestionView['text'] }[];
    return {
      ...base,
      options: (layout.order[q.id] ?? options.map((o) => o.id)).map((id) => ({
        id,
        text: options.find((o) => o.id === id)?.text ?? {},
      })),
    };
  }
  if (q.type === 'matching') {
    const rights = [...q.pairs.map((p) => p.right), ...(q.distractors ?? [])];
    const drawn = layout.matches?.[q.id];
    return {
      ...base,
      left: q.pairs.map((p, i) => ({ id: `l${i + 1}`, text: p.left })),
      right: (layout.order[q.id] ?? []).map((id) => ({
        id,
        text: rights[drawn ? (drawn[id] ?? -1) : Number(id.slice(1)) - 1] ?? {},
      })),
    };
  }
  return base;
}

/**
 * Whether the trainee may see the right answers of a submitted attempt now. `postTestSubmitted`
 * says whether the post-test paired with this quiz has been submitted in the same enrolment.
 */
export function reviewAllowed(quiz: QuizEntity, attempt: AttemptRecord, postTestSubmitted = false): boolean {
  if (!attempt.submittedAt) return false;
  if (quiz.reviewPolicy === 'after_each_attempt') return true;
  if (quiz.reviewPolicy === 'after_last_attempt') return attempt.number >= quiz.maxAttempts;
  if (quiz.reviewPolicy === 'after_post_test') return postTestSubmitted;
  return false;
}

export function toAttemptView(
  quiz: QuizEntity,
  attempt: AttemptRecord,
  postTestSubmitted = false,
): AttemptView {
  const questions = attempt.layout.questionIds
    .map((id) => quiz.questions.find((q) => q.id === id))
    .filter((q): q is QuestionDefinition => Boolean(q));
  const result: AttemptResult | null =
    attempt.submittedAt && attempt.graded
      ? {
          score: attempt.score ?? 0,
          maxScore: attempt.maxScore,
          percent: attempt.percent ?? 0,
          passed: attempt.passed ?? false,
          review: reviewAllowed(quiz, attempt, postTestSubmitted)
            ? review(questions, attempt.answers, attempt.graded)
            : null,
        }
      : null;
  return {
    id: attempt.id,
    quizId: quiz.id,
    quizTitle: quiz.title,
    kind: quiz.kind,
    number: attempt.number,
    maxAttempts: quiz.maxAttempts,
    reviewPolicy: quiz.reviewPolicy,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    questions: questions.map((q) => questionView(q, attempt.layout)),
    answers: attempt.answers,
    result,
  };
}

export function toQuizSummary(
  quiz: QuizEntity,
  module: { slug: string; title: QuizSummaryForTrainee['moduleTitle'] },
  attempts: AttemptRecord[],
  placement: { afterLessonId: string | null; postTestSubmitted: boolean },
  earlierAttempts: AttemptRecord[] = [],
  closing: { closesAt: Date | null; timeZone: string } = { closesAt: null, timeZone: 'Europe/Istanbul' },
): QuizSummaryForTrainee {
  const submitted = attempts.filter((a) => a.submittedAt);
  const latest = submitted.reduce<AttemptRecord | null>((l, a) => (!l || a.number > l.number ? a : l), null);
  const best = submitted.length ? Math.max(...submitted.map((a) => a.percent ?? 0)) : null;
  return {
    id: quiz.id,
    moduleSlug: module.slug,
    moduleTitle: module.title,
    slug: quiz.slug,
    kind: quiz.kind,
    title: quiz.title,
    questionCount: quiz.questions.filter((q) => q.type !== 'description').length,
    passMarkPercent: quiz.passMarkPercent,
    timeLimitMinutes: quiz.timeLimitMinutes,
    maxAttempts: quiz.maxAttempts,
    attemptsUsed: attempts.length,
    openAttemptId: attempts.find((a) => !a.submittedAt)?.id ?? null,
    reviewableAttemptId:
      latest && reviewAllowed(quiz, latest, placement.postTestSubmitted) ? latest.id : null,
    bestPercent: best,
    passed: submitted.some((a) => a.passed),
    afterLessonId: placement.afterLessonId,
    earlierAttempts: earlierAttempts
      .filter((a) => a.submittedAt)
      .sort((a, b) => (a.submittedAt as Date).getTime() - (b.submittedAt as Date).getTime())
      .map((a) => ({
        percent: a.percent,
        passed: a.passed ?? false,
        submittedAt: (a.submittedAt as Date).toISOString(),
      })),
    closesAt: closing.closesAt?.toISOString() ?? null,
    timeZone: closing.timeZone,
  };
}
