import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { MyEvaluationState, SubmitEvaluationRequest } from '@atolye/shared';

const evaluation = (enrolmentId: string) =>
  `/api/my/enrolments/${encodeURIComponent(enrolmentId)}/evaluation`;

/** A trainee's evaluation of a session they took part in. */
@Injectable({ providedIn: 'root' })
export class EvaluationService {
  private readonly http = inject(HttpClient);

  state(enrolmentId: string): Observable<MyEvaluationState> {
    return this.http.get<MyEvaluationState>(evaluation(enrolmentId));
  }

  submit(enrolmentId: string, request: SubmitEvaluationRequest): Observable<MyEvaluationState> {
    return this.http.post<MyEvaluationState>(evaluation(enrolmentId), request);
  }
}
