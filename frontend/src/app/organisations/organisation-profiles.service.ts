import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  OrganisationMap,
  OrganisationMapQuery,
  OrganisationProfile,
  SaveOrganisationProfileRequest,
} from '@atolye/shared';
import { queryParams } from '../core/query-params';
import type { PageQuery } from '../shared/paged-list';

/** The outlines of Turkey's provinces (MIT-licensed data of turkey-map-react; see the README). */
export interface ProvinceShapes {
  viewBox: string;
  provinces: { code: string; path: string }[];
}

/** Organisation profiles and the organisation map. */
@Injectable({ providedIn: 'root' })
export class OrganisationProfilesService {
  private readonly http = inject(HttpClient);

  map(query: OrganisationMapQuery & PageQuery): Observable<OrganisationMap> {
    return this.http.get<OrganisationMap>('/api/organisations/map', { params: queryParams({ ...query }) });
  }

  /** The address of the XLSX export of what the filters show (a plain link downloads it). */
  exportUrl(query: OrganisationMapQuery): string {
    const params = queryParams({ ...query }).toString();
    return `/api/organisations/map.xlsx${params ? `?${params}` : ''}`;
  }

  profile(id: string): Observable<OrganisationProfile> {
    return this.http.get<OrganisationProfile>(`/api/organisations/${encodeURIComponent(id)}/profile`);
  }

  saveProfile(id: string, request: SaveOrganisationProfileRequest): Observable<OrganisationProfile> {
    return this.http.put<OrganisationProfile>(
      `/api/organisations/${encodeURIComponent(id)}/profile`,
      request,
    );
  }

  provinceShapes(): Observable<ProvinceShapes> {
    return this.http.get<ProvinceShapes>('/maps/turkey-provinces.json');
  }
}
