import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, forkJoin, map, of, switchMap } from 'rxjs';
import type { EnrolmentSummary, Page, SessionDetail, SessionSummary } from '@atolye/shared';

const one = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

/** A trainer's sessions (the API lists only those they are assigned to) and their rosters. */
@Injectable({ providedIn: 'root' })
export class TeachingService {
  private readonly http = inject(HttpClient);

  /** Every session the trainer teaches, with its meetings. */
  mySessions(): Observable<SessionDetail[]> {
    return this.http.get<Page<SessionSummary>>('/api/sessions', { params: { pageSize: 100 } }).pipe(
      switchMap((page) =>
        page.items.length ? forkJoin(page.items.map((s) => this.session(s.id))) : of([] as SessionDetail[]),
      ),
      map((sessions) => sessions.sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''))),
    );
  }

  session(id: string): Observable<SessionDetail> {
    return this.http.get<SessionDetail>(one(id));
  }

  roster(id: string): Observable<EnrolmentSummary[]> {
    return this.http.get<EnrolmentSummary[]>(`${one(id)}/enrolments`);
  }
}
