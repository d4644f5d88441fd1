import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type {
  EnrolmentSummary,
  ImportJob,
  Page,
  PersonSummary,
  SaveQuizDeadlinesRequest,
  SaveSessionRequest,
  SessionDetail,
  SessionQuizDeadlines,
  SessionSummary,
  StartImportRequest,
} from '@atolye/shared';
import { queryParams } from '../core/query-params';
import type { PageQuery } from '../shared/paged-list';

export interface SessionFilters {
  q: string;
  trainingId: string;
}

const one = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;
const enrolment = (id: string) => `/api/enrolments/${encodeURIComponent(id)}`;

/** Sessions, their rosters and enrolment decisions, as coordinators run them. */
@Injectable({ providedIn: 'root' })
export class SessionsService {
  private readonly http = inject(HttpClient);

  list(query: SessionFilters & PageQuery): Observable<Page<SessionSummary>> {
    return this.http.get<Page<SessionSummary>>('/api/sessions', { params: queryParams({ ...query }) });
  }

  get(id: string): Observable<SessionDetail> {
    return this.http.get<SessionDetail>(one(id));
  }

  quizDeadlines(id: string): Observable<SessionQuizDeadlines> {
    return this.http.get<SessionQuizDeadlines>(`${one(id)}/quiz-deadlines`);
  }

  saveQuizDeadlines(id: string, request: SaveQuizDeadlinesRequest): Observable<SessionQuizDeadlines> {
    return this.http.put<SessionQuizDeadlines>(`${one(id)}/quiz-deadlines`, request);
  }

  create(request: SaveSessionRequest): Observable<SessionDetail> {
    return this.http.post<SessionDetail>('/api/sessions', request);
  }

  update(id: string, request: SaveSessionRequest): Observable<SessionDetail> {
    return this.http.put<SessionDetail>(one(id), request);
  }

  moveToLatestRevision(id: string): Observable<SessionDetail> {
    return this.http.post<SessionDetail>(`${one(id)}/move-to-latest-revision`, null);
  }

  roster(id: string): Observable<EnrolmentSummary[]> {
    return this.http.get<EnrolmentSummary[]>(`${one(id)}/enrolments`);
  }

  enrolPerson(sessionId: string, personId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`${one(sessionId)}/enrolments`, { personId });
  }

  /** A coordinator withdraws someone, with the reason they are told. */
  withdraw(enrolmentId: string, reason: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`${enrolment(enrolmentId)}/withdrawal`, { reason });
  }

  rosterExportUrl(sessionId: string, format: 'csv' | 'xlsx'): string {
    return `${one(sessionId)}/roster.${format}`;
  }

  approve(enrolmentId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`${enrolment(enrolmentId)}/approve`, null);
  }

  reject(enrolmentId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`${enrolment(enrolmentId)}/reject`, null);
  }

  startImport(sessionId: string, request: StartImportRequest): Observable<ImportJob> {
    return this.http.post<ImportJob>(`${one(sessionId)}/imports`, request);
  }

  importJob(id: string): Observable<ImportJob> {
    return this.http.get<ImportJob>(`/api/imports/${encodeURIComponent(id)}`);
  }

  /** Everyone who may be assigned as a trainer. */
  trainers(): Observable<PersonSummary[]> {
    return this.http
      .get<Page<PersonSummary>>('/api/people', { params: { role: 'trainer', pageSize: 100 } })
      .pipe(map((page) => page.items.filter((person) => !person.disabled)));
  }

  /** People matching a name, email or organisation, to enrol by hand. */
  searchPeople(q: string): Observable<PersonSummary[]> {
    return this.http
      .get<Page<PersonSummary>>('/api/people', { params: { q, pageSize: 10 } })
      .pipe(map((page) => page.items));
  }
}
