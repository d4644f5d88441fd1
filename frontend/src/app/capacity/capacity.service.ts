import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { CapacityAnswers, CapacityOverview, CapacityRound, OrganisationCapacity } from '@atolye/shared';

/** An organisation's capacity self-assessment, and the coordinators' overview of all of them. */
@Injectable({ providedIn: 'root' })
export class CapacityService {
  private readonly http = inject(HttpClient);

  private base(organisationId: string): string {
    return `/api/organisations/${encodeURIComponent(organisationId)}/capacity`;
  }

  ofOrganisation(organisationId: string): Observable<OrganisationCapacity> {
    return this.http.get<OrganisationCapacity>(this.base(organisationId));
  }

  saveDraft(
    organisationId: string,
    round: CapacityRound,
    answers: CapacityAnswers,
  ): Observable<OrganisationCapacity> {
    return this.http.put<OrganisationCapacity>(`${this.base(organisationId)}/${round}`, { answers });
  }

  submit(
    organisationId: string,
    round: CapacityRound,
    answers: CapacityAnswers,
  ): Observable<OrganisationCapacity> {
    return this.http.post<OrganisationCapacity>(`${this.base(organisationId)}/${round}/submit`, { answers });
  }

  overview(): Observable<CapacityOverview> {
    return this.http.get<CapacityOverview>('/api/reports/capacity');
  }
}
