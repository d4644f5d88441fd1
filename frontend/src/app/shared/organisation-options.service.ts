import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { OrganisationOption } from '@atolye/shared';

/** The public list of organisations to pick from (registration, profile, new person). */
@Injectable({ providedIn: 'root' })
export class OrganisationOptionsService {
  private readonly http = inject(HttpClient);

  search(text: string): Observable<OrganisationOption[]> {
    return this.http.get<OrganisationOption[]>('/api/organisations/options', { params: { q: text } });
  }
}
