import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { HomeOverview } from '@atolye/shared';

/** What the signed-in person has to do now, for each of their roles: one request per home page. */
@Injectable({ providedIn: 'root' })
export class HomeService {
  private readonly http = inject(HttpClient);

  overview(): Observable<HomeOverview> {
    return this.http.get<HomeOverview>('/api/home');
  }
}
