import type { CriterionResult } from '@atolye/shared';

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
    case 'evaluation':
      return criterion.met
        ? 'certificates.criteria.evaluationDone'
        : 'certificates.criteria.evaluationMissing';
  }
}
