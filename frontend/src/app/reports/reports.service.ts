import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type {
  FollowUpFigures,
  Breakdown,
  BreakdownRow,
  Dashboard,
  DrillDownSession,
  IndicatorValue,
  Language,
  Measure,
  Page,
  ReportFilters,
  SaveIndicatorRequest,
  SessionSummary,
  TrainingSummary,
} from '@atolye/shared';
import { queryParams } from '../core/query-params';

const indicator = (id: string) => `/api/indicators/${encodeURIComponent(id)}`;

function filterParams(filters: ReportFilters): Record<string, string | undefined> {
  return { ...filters };
}

/** Programme figures for donors' logframes, and the indicators they are measured against. */
@Injectable({ providedIn: 'root' })
export class ReportsService {
  private readonly http = inject(HttpClient);

  /** The follow-up outcome figures over the whole programme. */
  followUp(): Observable<FollowUpFigures> {
    return this.http.get<FollowUpFigures>('/api/reports/follow-up');
  }

  dashboard(filters: ReportFilters): Observable<Dashboard> {
    return this.http.get<Dashboard>('/api/reports/dashboard', { params: queryParams(filterParams(filters)) });
  }

  breakdown(filters: ReportFilters, measure: Measure, by: Breakdown): Observable<BreakdownRow[]> {
    return this.http.get<BreakdownRow[]>('/api/reports/breakdown', {
      params: queryParams({ ...filterParams(filters), measure, by }),
    });
  }

  sessionsBehind(filters: ReportFilters, measure: Measure): Observable<DrillDownSession[]> {
    return this.http.get<DrillDownSession[]>('/api/reports/sessions', {
      params: queryParams({ ...filterParams(filters), measure }),
    });
  }

  /** Addresses the browser downloads itself (the session cookie goes with them). */
  exportUrl(filters: ReportFilters, format: 'xlsx' | 'csv'): string {
    return `/api/reports/export?${queryParams({ ...filterParams(filters), format }).toString()}`;
  }

  pdfUrl(filters: ReportFilters, language: Language): string {
    return `/api/reports/report.pdf?${queryParams({ ...filterParams(filters), language }).toString()}`;
  }

  indicators(): Observable<IndicatorValue[]> {
    return this.http.get<IndicatorValue[]>('/api/indicators');
  }

  createIndicator(request: SaveIndicatorRequest): Observable<IndicatorValue> {
    return this.http.post<IndicatorValue>('/api/indicators', request);
  }

  updateIndicator(id: string, request: SaveIndicatorRequest): Observable<IndicatorValue> {
    return this.http.put<IndicatorValue>(indicator(id), request);
  }

  deleteIndicator(id: string): Observable<void> {
    return this.http.delete<void>(indicator(id));
  }

  /** Choices for the filter bar: at most a hundred trainings and sessions, as the pickers show. */
  trainings(): Observable<TrainingSummary[]> {
    return this.http
      .get<Page<TrainingSummary>>('/api/trainings', { params: queryParams({ pageSize: 100 }) })
      .pipe(map((page) => page.items));
  }

  sessions(trainingId: string): Observable<SessionSummary[]> {
    return this.http
      .get<Page<SessionSummary>>('/api/sessions', { params: queryParams({ pageSize: 100, trainingId }) })
      .pipe(map((page) => page.items));
  }
}
