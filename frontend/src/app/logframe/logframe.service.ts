import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  Language,
  Logframe,
  LogframeIndicator,
  LogframeIndicatorDetail,
  LogframeItem,
  LogframeManualValue,
  LogframePeriod,
  SaveLogframeIndicatorRequest,
  SaveLogframeItemRequest,
  SaveLogframeValueRequest,
} from '@atolye/shared';
import { queryParams } from '../core/query-params';

const base = '/api/logframe';
const id = (value: string) => encodeURIComponent(value);

/** The programme's logframe: its tree, indicators, values entered by hand and exports. */
@Injectable({ providedIn: 'root' })
export class LogframeService {
  private readonly http = inject(HttpClient);

  get(period: Partial<LogframePeriod>): Observable<Logframe> {
    return this.http.get<Logframe>(base, { params: queryParams({ ...period }) });
  }

  saveItem(itemId: string | null, request: SaveLogframeItemRequest): Observable<LogframeItem> {
    return itemId
      ? this.http.put<LogframeItem>(`${base}/items/${id(itemId)}`, request)
      : this.http.post<LogframeItem>(`${base}/items`, request);
  }

  moveItem(itemId: string, direction: 'up' | 'down'): Observable<LogframeItem> {
    return this.http.post<LogframeItem>(`${base}/items/${id(itemId)}/move`, { direction });
  }

  removeItem(itemId: string): Observable<void> {
    return this.http.delete<void>(`${base}/items/${id(itemId)}`);
  }

  saveIndicator(
    target: { itemId: string } | { indicatorId: string },
    request: SaveLogframeIndicatorRequest,
  ): Observable<LogframeIndicator> {
    return 'indicatorId' in target
      ? this.http.put<LogframeIndicator>(`${base}/indicators/${id(target.indicatorId)}`, request)
      : this.http.post<LogframeIndicator>(`${base}/items/${id(target.itemId)}/indicators`, request);
  }

  removeIndicator(indicatorId: string): Observable<void> {
    return this.http.delete<void>(`${base}/indicators/${id(indicatorId)}`);
  }

  indicator(indicatorId: string, period: Partial<LogframePeriod>): Observable<LogframeIndicatorDetail> {
    return this.http.get<LogframeIndicatorDetail>(`${base}/indicators/${id(indicatorId)}`, {
      params: queryParams({ ...period }),
    });
  }

  addValue(indicatorId: string, request: SaveLogframeValueRequest): Observable<LogframeManualValue> {
    return this.http.post<LogframeManualValue>(`${base}/indicators/${id(indicatorId)}/values`, request);
  }

  removeValue(valueId: string): Observable<void> {
    return this.http.delete<void>(`${base}/values/${id(valueId)}`);
  }

  /** Addresses the browser downloads itself (the session cookie goes with them). */
  evidenceUrl(valueId: string): string {
    return `${base}/values/${id(valueId)}/evidence`;
  }

  exportUrl(format: 'xlsx' | 'pdf', period: Partial<LogframePeriod>, language: Language): string {
    return `${base}/export.${format}?${queryParams({ ...period, language }).toString()}`;
  }
}
