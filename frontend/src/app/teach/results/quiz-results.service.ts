import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { SessionDetail, SessionQuizResults } from '@atolye/shared';

const one = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

/** A session's quiz results, for its trainers and coordinators. */
@Injectable({ providedIn: 'root' })
export class QuizResultsService {
  private readonly http = inject(HttpClient);

  session(id: string): Observable<SessionDetail> {
    return this.http.get<SessionDetail>(one(id));
  }

  results(id: string): Observable<SessionQuizResults> {
    return this.http.get<SessionQuizResults>(`${one(id)}/quiz-results`);
  }

  /** Address of the export; the browser downloads it with the session cookie. */
  exportUrl(id: string, format: 'csv' | 'xlsx'): string {
    return `${one(id)}/quiz-results.${format}`;
  }
}
