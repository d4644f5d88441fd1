import type { CriterionResult, Language } from '@atolye/shared';

/**
 * The translation key that says a criterion in words with its figures, e.g.
 * "Attendance 60% of 80%"; a quiz never taken and the evaluation have their own sentences.
 */
export function criterionKey(criterion: CriterionResult): string {
  switch (criterion.criterion) {
    case 'attendance':
      return 'certificates.criteria.attendance';
    case 'lessons':
      return 'certificates.criteria.lessons';
    case 'quiz':
      return criterion.value === null ? 'certificates.criteria.quizNotTaken' : 'certificates.criteria.quiz';
    case 'post_test':
      return criterion.value === null
        ? 'certificates.criteria.postTestNotTaken'
        : 'certificates.criteria.postTest';
    case 'evaluation':
      return criterion.met
        ? 'certificates.criteria.evaluationDone'
        : 'certificates.criteria.evaluationMissing';
  }
}

/** What the trainee can still do about a post-test not passed: the attempts left, if any. */
export function attemptsLeftKey(criterion: CriterionResult): string | null {
  if (criterion.met || criterion.attemptsLeft === undefined) return null;
  if (criterion.attemptsLeft === 0) return 'certificates.criteria.noAttemptsLeft';
  return 'certificates.criteria.attemptsLeft';
}

/** How a criterion names its subject: a post-test by its module's title in the reader's language. */
export function criterionLabel(criterion: CriterionResult, language: Language): string {
  const title = criterion.moduleTitle;
  return title ? (title[language] ?? title.en ?? criterion.label) : criterion.label;
}
