import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  SaveTrainerProfileRequest,
  TrainerRoster,
  TrainerRosterEntry,
  TrainerRosterQuery,
} from '@atolye/shared';
import { queryParams } from '../core/query-params';

@Injectable({ providedIn: 'root' })
export class TrainersService {
  private readonly http = inject(HttpClient);

  roster(query: TrainerRosterQuery): Observable<TrainerRoster> {
    return this.http.get<TrainerRoster>('/api/trainers', { params: queryParams({ ...query }) });
  }

  /** A trainer's place on the roster: another's by id (coordinators), or the caller's own. */
  get(id: string | null): Observable<TrainerRosterEntry> {
    return this.http.get<TrainerRosterEntry>(
      id ? `/api/trainers/${encodeURIComponent(id)}` : '/api/trainer-profile',
    );
  }

  save(id: string | null, request: SaveTrainerProfileRequest): Observable<TrainerRosterEntry> {
    const url = id ? `/api/trainers/${encodeURIComponent(id)}/profile` : '/api/trainer-profile';
    return this.http.put<TrainerRosterEntry>(url, request);
  }
}
