import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { CreatePersonRequest, Page, PersonDetail, PersonSummary, Role } from '@atolye/shared';
import { queryParams } from '../../core/query-params';
import type { PageQuery } from '../../shared/paged-list';

export interface PeopleFilters {
  q: string;
  role: Role | '';
}

/** Accounts as administrators manage them. */
@Injectable({ providedIn: 'root' })
export class PeopleAdminService {
  private readonly http = inject(HttpClient);

  list(query: PeopleFilters & PageQuery): Observable<Page<PersonSummary>> {
    return this.http.get<Page<PersonSummary>>('/api/people', { params: queryParams({ ...query }) });
  }

  get(id: string): Observable<PersonDetail> {
    return this.http.get<PersonDetail>(`/api/people/${encodeURIComponent(id)}`);
  }

  create(request: CreatePersonRequest): Observable<PersonSummary> {
    return this.http.post<PersonSummary>('/api/people', request);
  }

  changeRoles(id: string, roles: Role[]): Observable<PersonDetail> {
    return this.http.put<PersonDetail>(`/api/people/${encodeURIComponent(id)}/roles`, { roles });
  }

  setDisabled(id: string, disabled: boolean): Observable<PersonDetail> {
    return this.http.put<PersonDetail>(`/api/people/${encodeURIComponent(id)}/disabled`, { disabled });
  }

  /** Lifts the throttle after failed sign-ins, so the person can try again at once. */
  unlockSignIn(id: string): Observable<PersonDetail> {
    return this.http.post<PersonDetail>(`/api/people/${encodeURIComponent(id)}/unlock`, null);
  }

  /** Mails the person a new single-use link to choose their password. */
  sendInvitation(id: string): Observable<void> {
    return this.http.post<void>(`/api/people/${encodeURIComponent(id)}/invitation`, null);
  }

  setPassword(id: string, password: string): Observable<void> {
    return this.http.put<void>(`/api/people/${encodeURIComponent(id)}/password`, { password });
  }
}
