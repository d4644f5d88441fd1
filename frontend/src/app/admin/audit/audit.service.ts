import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { AuditAction, AuditEntry, Page } from '@atolye/shared';
import { queryParams } from '../../core/query-params';
import type { PageQuery } from '../../shared/paged-list';

export interface AuditFilters {
  action: AuditAction | '';
}

/** The audit log, newest first. */
@Injectable({ providedIn: 'root' })
export class AuditService {
  private readonly http = inject(HttpClient);

  list(query: AuditFilters & PageQuery): Observable<Page<AuditEntry>> {
    return this.http.get<Page<AuditEntry>>('/api/audit', { params: queryParams({ ...query }) });
  }
}
