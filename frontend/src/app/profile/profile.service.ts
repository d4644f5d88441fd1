import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { ChangeOwnPasswordRequest } from '@atolye/shared';

/** The person's own account; details are saved through AuthService, which mirrors them. */
@Injectable({ providedIn: 'root' })
export class ProfileService {
  private readonly http = inject(HttpClient);

  changePassword(request: ChangeOwnPasswordRequest): Observable<void> {
    return this.http.put<void>('/api/me/password', request);
  }
}
