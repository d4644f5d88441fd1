import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Language, ReportFilters } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { ErrorBanner } from '../shared/error-banner';
import { BreakdownExplorer } from './breakdown-explorer';
import { DashboardCharts } from './dashboard-charts';
import { CoachingOutcomes } from './coaching-outcomes';
import { FollowUpOutcomes } from './follow-up-outcomes';
import { IndicatorCards } from './indicator-cards';
import { LearningRecords } from './learning-records';
import { MeasureGrid } from './measure-grid';
import { ReportFilterBar } from './report-filter-bar';
import { filtersFromQuery, queryFromFilters } from './report-filters-query';
import { ReportsService } from './reports.service';
import { LoadingBar } from '../shared/loading-bar';

/**
 * The programme dashboard: indicators against targets, the figures, charts and downloads, all
 * filtered alike. The filters live in the address, so a reload, the back button or a shared
 * link shows the same figures.
 */
@Component({
  selector: 'app-reports-page',
  imports: [
    LoadingBar,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    ErrorBanner,
    ReportFilterBar,
    IndicatorCards,
    MeasureGrid,
    DashboardCharts,
    BreakdownExplorer,
    FollowUpOutcomes,
    CoachingOutcomes,
    LearningRecords,
  ],
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly service = inject(ReportsService);
  private readonly router = inject(Router);

  // Bound from the query string.
  readonly trainingId = input<string>();
  readonly sessionId = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly organisationType = input<string>();
  readonly province = input<string>();

  protected readonly filters = computed<ReportFilters>(() =>
    filtersFromQuery({
      trainingId: this.trainingId(),
      sessionId: this.sessionId(),
      from: this.from(),
      to: this.to(),
      organisationType: this.organisationType(),
      province: this.province(),
    }),
  );
  private readonly resource = rxResource({
    params: () => this.filters(),
    stream: ({ params }) => this.service.dashboard(params),
  });
  protected readonly dashboard = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  protected readonly loading = this.resource.isLoading;
  protected readonly error = computed(() =>
    this.resource.error() ? toApiError(this.resource.error()) : null,
  );

  /**
   * Provinces offered by the filter: every one seen so far, so that choosing a province does not
   * make the others disappear from the list.
   */
  protected readonly provinces = linkedSignal<string[] | undefined, string[]>({
    source: () => this.dashboard()?.provinces.map((row) => row.key),
    computation: (keys, previous) =>
      [...new Set([...(previous?.value ?? []), ...(keys ?? [])])]
        .filter((key) => key && key !== 'unknown')
        .sort((a, b) => a.localeCompare(b)),
  });

  protected readonly xlsxUrl = computed(() => this.service.exportUrl(this.filters(), 'xlsx'));
  protected readonly csvUrl = computed(() => this.service.exportUrl(this.filters(), 'csv'));
  /** The donor report in the language chosen by the button, whatever the portal's own. */
  protected pdfUrl(language: Language): string {
    return this.service.pdfUrl(this.filters(), language);
  }

  protected applyFilters(filters: ReportFilters): void {
    void this.router.navigate([], { queryParams: queryFromFilters(filters), queryParamsHandling: 'merge' });
  }
}
