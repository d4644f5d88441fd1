import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { XapiExportFilters, XapiForwardingStatus } from '@atolye/shared';
import { queryParams } from '../core/query-params';

/** The learning records as xAPI statements: their download, and their forwarding to an LRS. */
@Injectable({ providedIn: 'root' })
export class LearningRecordsService {
  private readonly http = inject(HttpClient);

  /** An address the browser downloads itself (the session cookie goes with it). */
  downloadUrl(filters: XapiExportFilters): string {
    const query = queryParams({ ...filters }).toString();
    return `/api/xapi/statements${query ? `?${query}` : ''}`;
  }

  forwarding(): Observable<XapiForwardingStatus> {
    return this.http.get<XapiForwardingStatus>('/api/xapi/forwarding');
  }
}
