import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { SessionEvaluations } from '@atolye/shared';

/** What participants said about a session, for its trainers and coordinators. */
@Injectable({ providedIn: 'root' })
export class SessionEvaluationsService {
  private readonly http = inject(HttpClient);

  forSession(sessionId: string): Observable<SessionEvaluations> {
    return this.http.get<SessionEvaluations>(`/api/sessions/${encodeURIComponent(sessionId)}/evaluations`);
  }
}
