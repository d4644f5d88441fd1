import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { MyFollowUp, SubmitFollowUpRequest } from '@atolye/shared';

const followUp = (enrolmentId: string) => `/api/my/enrolments/${encodeURIComponent(enrolmentId)}/follow-up`;

/** A trainee's follow-up survey 3 and 6 months after a session. */
@Injectable({ providedIn: 'root' })
export class FollowUpService {
  private readonly http = inject(HttpClient);

  state(enrolmentId: string): Observable<MyFollowUp> {
    return this.http.get<MyFollowUp>(followUp(enrolmentId));
  }

  submit(enrolmentId: string, request: SubmitFollowUpRequest): Observable<MyFollowUp> {
    return this.http.post<MyFollowUp>(followUp(enrolmentId), request);
  }
}
