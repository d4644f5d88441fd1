import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  Page,
  SaveTrainingRequest,
  TrainingDetail,
  TrainingStatus,
  TrainingSummary,
} from '@atolye/shared';
import { queryParams } from '../core/query-params';
import type { PageQuery } from '../shared/paged-list';

export interface TrainingFilters {
  q: string;
  status: TrainingStatus | '';
}

const one = (id: string) => `/api/trainings/${encodeURIComponent(id)}`;

/** Trainings as coordinators build, publish and archive them. */
@Injectable({ providedIn: 'root' })
export class TrainingsService {
  private readonly http = inject(HttpClient);

  list(query: TrainingFilters & PageQuery): Observable<Page<TrainingSummary>> {
    return this.http.get<Page<TrainingSummary>>('/api/trainings', { params: queryParams({ ...query }) });
  }

  get(id: string): Observable<TrainingDetail> {
    return this.http.get<TrainingDetail>(one(id));
  }

  create(request: SaveTrainingRequest): Observable<TrainingDetail> {
    return this.http.post<TrainingDetail>('/api/trainings', request);
  }

  update(id: string, request: SaveTrainingRequest): Observable<TrainingDetail> {
    return this.http.put<TrainingDetail>(one(id), request);
  }

  publish(id: string): Observable<TrainingDetail> {
    return this.http.post<TrainingDetail>(`${one(id)}/publish`, null);
  }

  archive(id: string): Observable<TrainingDetail> {
    return this.http.post<TrainingDetail>(`${one(id)}/archive`, null);
  }
}
