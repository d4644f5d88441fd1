import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { MailDetail, MailSummary, Page } from '@atolye/shared';
import { queryParams } from '../../core/query-params';
import type { PageQuery } from '../../shared/paged-list';

export interface MailFilters {
  recipient: string;
}

/** The mail outbox: every mail sent, waiting, failed or only kept. */
@Injectable({ providedIn: 'root' })
export class MailOutboxService {
  private readonly http = inject(HttpClient);

  list(query: MailFilters & PageQuery): Observable<Page<MailSummary>> {
    return this.http.get<Page<MailSummary>>('/api/mail-outbox', { params: queryParams({ ...query }) });
  }

  get(id: string): Observable<MailDetail> {
    return this.http.get<MailDetail>(`/api/mail-outbox/${encodeURIComponent(id)}`);
  }
}
