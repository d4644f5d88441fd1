import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { Answer, AttemptView, QuizSummaryForTrainee, SaveAnswerRequest } from '@atolye/shared';

const enrolment = (id: string) => `/api/my/enrolments/${encodeURIComponent(id)}`;
const attempt = (id: string) => `/api/my/attempts/${encodeURIComponent(id)}`;

/** A trainee's quizzes: the list per enrolment, and taking one attempt from start to result. */
@Injectable({ providedIn: 'root' })
export class QuizzesService {
  private readonly http = inject(HttpClient);

  list(enrolmentId: string): Observable<QuizSummaryForTrainee[]> {
    return this.http.get<QuizSummaryForTrainee[]>(`${enrolment(enrolmentId)}/quizzes`);
  }

  /** Starts a new attempt, or resumes the open one (409 when no attempts are left). */
  start(enrolmentId: string, quizId: string): Observable<AttemptView> {
    return this.http.post<AttemptView>(
      `${enrolment(enrolmentId)}/quizzes/${encodeURIComponent(quizId)}/attempts`,
      null,
    );
  }

  /** The attempt as it stands; one past its deadline comes back graded. */
  attempt(attemptId: string): Observable<AttemptView> {
    return this.http.get<AttemptView>(attempt(attemptId));
  }

  save(attemptId: string, questionId: string, answer: Answer | null): Observable<{ saved: true }> {
    return this.http.put<{ saved: true }>(`${attempt(attemptId)}/answers`, {
      questionId,
      answer,
    } satisfies SaveAnswerRequest);
  }

  submit(attemptId: string): Observable<AttemptView> {
    return this.http.post<AttemptView>(`${attempt(attemptId)}/submit`, null);
  }
}
