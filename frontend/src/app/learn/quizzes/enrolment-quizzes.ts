import { Signal, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { QuizSummaryForTrainee } from '@atolye/shared';
import { QuizzesService } from './quizzes.service';

/**
 * The quizzes of an enrolment, loaded once for a whole reading path (each module's section
 * picks its own). Empty while loading or when the list cannot be had: the lessons still work.
 * Call in an injection context.
 */
export function enrolmentQuizzes(enrolmentId: () => string): Signal<QuizSummaryForTrainee[]> {
  const service = inject(QuizzesService);
  const list = rxResource({ params: enrolmentId, stream: ({ params }) => service.list(params) });
  return computed(() => (list.hasValue() ? list.value() : []));
}
