import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { map, type Observable } from 'rxjs';
import type {
  MyProgrammeEvent,
  Page,
  PersonSummary,
  ProgrammeEventDetail,
  ProgrammeEventKind,
  ProgrammeEventReport,
  ProgrammeEventSummary,
  SaveParticipantReportRequest,
  SaveProgrammeEventRequest,
} from '@atolye/shared';
import { queryParams } from '../core/query-params';

const one = (id: string) => `/api/programme-events/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class ProgrammeEventsService {
  private readonly http = inject(HttpClient);

  list(kind: ProgrammeEventKind | ''): Observable<ProgrammeEventSummary[]> {
    return this.http.get<ProgrammeEventSummary[]>('/api/programme-events', { params: queryParams({ kind }) });
  }

  get(id: string): Observable<ProgrammeEventDetail> {
    return this.http.get<ProgrammeEventDetail>(one(id));
  }

  save(id: string | null, request: SaveProgrammeEventRequest): Observable<ProgrammeEventDetail> {
    return id
      ? this.http.put<ProgrammeEventDetail>(one(id), request)
      : this.http.post<ProgrammeEventDetail>('/api/programme-events', request);
  }

  mine(): Observable<MyProgrammeEvent[]> {
    return this.http.get<MyProgrammeEvent[]>('/api/my/programme-events');
  }

  saveReport(id: string, request: SaveParticipantReportRequest): Observable<MyProgrammeEvent> {
    return this.http.put<MyProgrammeEvent>(
      `/api/my/programme-events/${encodeURIComponent(id)}/report`,
      request,
    );
  }

  figures(from: string | null, to: string | null): Observable<ProgrammeEventReport> {
    return this.http.get<ProgrammeEventReport>('/api/reports/programme-events', {
      params: queryParams({ from, to }),
    });
  }

  /** People matching a name, email or organisation, to add as participants. */
  searchPeople(q: string): Observable<PersonSummary[]> {
    return this.http
      .get<Page<PersonSummary>>('/api/people', { params: { q, pageSize: 10 } })
      .pipe(map((page) => page.items.filter((p) => !p.disabled)));
  }
}
