import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { CheckInRequest, CheckInResult } from '@atolye/shared';

/** A trainee checks in to the meeting they are in, with the code shown in the room. */
@Injectable({ providedIn: 'root' })
export class CheckInService {
  private readonly http = inject(HttpClient);

  checkIn(request: CheckInRequest): Observable<CheckInResult> {
    return this.http.post<CheckInResult>('/api/check-in', request);
  }
}
