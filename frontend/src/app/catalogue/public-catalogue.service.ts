import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { PublicTraining } from '@atolye/shared';

/** The trainings open for applications, as anyone sees them. */
@Injectable({ providedIn: 'root' })
export class PublicCatalogueService {
  private readonly http = inject(HttpClient);

  trainings(): Observable<PublicTraining[]> {
    return this.http.get<PublicTraining[]>('/api/public/trainings');
  }

  training(id: string): Observable<PublicTraining> {
    return this.http.get<PublicTraining>(`/api/public/trainings/${encodeURIComponent(id)}`);
  }
}
