import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { Organisation, OrganisationType, Page, SaveOrganisationRequest } from '@atolye/shared';
import { queryParams } from '../../core/query-params';
import type { PageQuery } from '../../shared/paged-list';

export interface OrganisationFilters {
  q: string;
  type: OrganisationType | '';
}

/** The organisations the programme works with. */
@Injectable({ providedIn: 'root' })
export class OrganisationsService {
  private readonly http = inject(HttpClient);

  list(query: OrganisationFilters & PageQuery): Observable<Page<Organisation>> {
    return this.http.get<Page<Organisation>>('/api/organisations', { params: queryParams({ ...query }) });
  }

  get(id: string): Observable<Organisation> {
    return this.http.get<Organisation>(`/api/organisations/${encodeURIComponent(id)}`);
  }

  create(request: SaveOrganisationRequest): Observable<Organisation> {
    return this.http.post<Organisation>('/api/organisations', request);
  }

  update(id: string, request: SaveOrganisationRequest): Observable<Organisation> {
    return this.http.put<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, request);
  }
}
