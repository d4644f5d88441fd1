import type { CriterionResult } from '@atolye/shared';
import { attemptsLeftKey, criterionKey } from './criterion';

const result = (overrides: Partial<CriterionResult>): CriterionResult => ({
  criterion: 'attendance',
  label: 'attendance',
  met: false,
  value: 60,
  required: 80,
  ...overrides,
});

describe('criterionKey', () => {
  it('says attendance and lessons with their figures', () => {
    expect(criterionKey(result({}))).toBe('certificates.criteria.attendance');
    expect(criterionKey(result({ criterion: 'lessons', label: 'lessons' }))).toBe(
      'certificates.criteria.lessons',
    );
  });

  it('tells a quiz never taken from one taken with a low score', () => {
    const quiz = result({ criterion: 'quiz', label: 'legal-framework/post-test' });
    expect(criterionKey(quiz)).toBe('certificates.criteria.quiz');
    expect(criterionKey({ ...quiz, value: null })).toBe('certificates.criteria.quizNotTaken');
  });

  it('says a failed post-test with its score, its pass mark and the attempts left', () => {
    const post = result({
      criterion: 'post_test',
      label: 'legal-framework/post-test',
      value: 69,
      required: 70,
      attemptsLeft: 1,
    });
    expect(criterionKey(post)).toBe('certificates.criteria.postTest');
    expect(criterionKey({ ...post, value: null })).toBe('certificates.criteria.postTestNotTaken');
    expect(attemptsLeftKey(post)).toBe('certificates.criteria.attemptsLeft');
    expect(attemptsLeftKey({ ...post, attemptsLeft: 2 })).toBe('certificates.criteria.attemptsLeft');
    expect(attemptsLeftKey({ ...post, attemptsLeft: 0 })).toBe('certificates.criteria.noAttemptsLeft');
    expect(attemptsLeftKey({ ...post, met: true, attemptsLeft: undefined })).toBeNull();
  });

  it('says whether the evaluation was submitted', () => {
    const evaluation = result({ criterion: 'evaluation', label: 'evaluation', value: null, required: null });
    expect(criterionKey({ ...evaluation, met: true })).toBe('certificates.criteria.evaluationDone');
    expect(criterionKey(evaluation)).toBe('certificates.criteria.evaluationMissing');
  });
});
