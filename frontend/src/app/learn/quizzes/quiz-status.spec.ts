import type { QuestionView, QuizSummaryForTrainee } from '@atolye/shared';
import { attemptsLeft, clock, isAnswered, quizState } from './quiz-status';

const quiz = (overrides: Partial<QuizSummaryForTrainee>): QuizSummaryForTrainee => ({
  id: 'q',
  moduleSlug: 'm',
  moduleTitle: { en: 'Module' },
  slug: 'post-test',
  kind: 'post_test',
  title: { en: 'Post-test' },
  questionCount: 10,
  passMarkPercent: 70,
  timeLimitMinutes: 20,
  maxAttempts: 2,
  attemptsUsed: 0,
  openAttemptId: null,
  reviewableAttemptId: null,
  bestPercent: null,
  passed: false,
  afterLessonId: null,
  earlierAttempts: [],
  closesAt: null,
  timeZone: 'Europe/Istanbul',
  ...overrides,
});

describe('quizState', () => {
  it('says a quiz with an open attempt is in progress', () => {
    expect(quizState(quiz({ attemptsUsed: 1, openAttemptId: 'a' }))).toBe('inProgress');
  });

  it('tells a failed attempt with attempts left from one with none left', () => {
    expect(quizState(quiz({ attemptsUsed: 1, bestPercent: 50 }))).toBe('taken');
    expect(quizState(quiz({ attemptsUsed: 2, bestPercent: 50 }))).toBe('noAttemptsLeft');
    expect(attemptsLeft(quiz({ attemptsUsed: 2 }))).toBe(0);
  });

  it('does not call a pre-test "passed": it only measures the starting point', () => {
    expect(quizState(quiz({ kind: 'pre_test', maxAttempts: 1, attemptsUsed: 1, passed: true }))).toBe(
      'noAttemptsLeft',
    );
    expect(quizState(quiz({ attemptsUsed: 1, passed: true }))).toBe('passed');
  });
});

describe('isAnswered', () => {
  const matching: QuestionView = {
    id: 'm',
    type: 'matching',
    points: 1,
    text: { en: 'Match' },
    left: [{ id: 'l1', text: { en: 'A' } }],
    right: [{ id: 'r1', text: { en: '1' } }],
  };

  it('counts blank texts, empty selections and unmatched pairs as not answered', () => {
    const text: QuestionView = { id: 't', type: 'short_answer', points: 1, text: { en: 'Law?' } };
    expect(isAnswered(text, { text: '  ' })).toBe(false);
    expect(isAnswered(text, { text: '6698' })).toBe(true);
    expect(isAnswered(matching, { pairs: {} })).toBe(false);
    expect(isAnswered(matching, { pairs: { l1: 'r1' } })).toBe(true);
    expect(isAnswered(matching, undefined)).toBe(false);
  });

  it('counts "false" as an answer to a true/false question', () => {
    const tf: QuestionView = { id: 'b', type: 'true_false', points: 1, text: { en: 'True?' } };
    expect(isAnswered(tf, { value: false })).toBe(true);
  });
});

describe('clock', () => {
  it('shows minutes and seconds, rounding up, never below zero', () => {
    expect(clock(20 * 60_000)).toBe('20:00');
    expect(clock(61_500)).toBe('1:02');
    expect(clock(-5)).toBe('0:00');
    expect(clock(3_600_000 + 5_000)).toBe('1:00:05');
  });
});
