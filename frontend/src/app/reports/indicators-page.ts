import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, switchMap } from 'rxjs';
import type { ApiErrorBody, IndicatorValue } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { confirmAction } from '../shared/confirm-dialog';
import { LocalisedPipe } from '../shared/localised';
import { refreshableResource } from '../shared/refreshable-resource';
import { IndicatorDialog, IndicatorDialogData } from './indicator-dialog';
import { MeasureValue } from './measure-value';
import { ReportsService } from './reports.service';
import { narrowScreen } from '../shared/narrow-screen';
import type { TableRows } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { RowActions } from '../shared/row-actions';
import { AuthService } from '../core/auth.service';

/** Below this width the table leaves out the measure and the period. */
const NARROW_QUERY = '(max-width: 599.98px)';

/** The logframe indicators the dashboard measures: add, change and remove them. */
@Component({
  selector: 'app-indicators-page',
  imports: [
    PagedTable,
    MatTableModule,
    RowActions,
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    LocalisedPipe,
    MeasureValue,
  ],
  templateUrl: './indicators-page.html',
  styleUrl: './indicators-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorsPage {
  private readonly service = inject(ReportsService);
  /** Reading the reports opens this page; changing an indicator needs its own permission. */
  protected readonly canManage = inject(AuthService).can('indicators.manage');
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;
  protected readonly locale = this.languageService.locale;

  private readonly resource = refreshableResource({ stream: () => this.service.indicators() });
  protected readonly actionError = signal<ApiErrorBody | null>(null);
  protected readonly rows: TableRows<IndicatorValue> = {
    items: computed(() => this.resource.value() ?? []),
    loading: this.resource.isLoading,
    error: computed(() => this.resource.error() ?? this.actionError()),
  };
  private readonly narrow = narrowScreen(NARROW_QUERY);
  protected readonly columns = computed(() =>
    this.narrow()
      ? ['code', 'title', 'target', 'actions']
      : ['code', 'title', 'measure', 'target', 'period', 'actions'],
  );

  protected openDialog(indicator?: IndicatorValue): void {
    this.dialog
      .open<IndicatorDialog, IndicatorDialogData, IndicatorValue>(IndicatorDialog, {
        data: { indicator },
        width: '560px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
        // The area's providers (the date fields' adapter) reach the dialog only through its injector.
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.resource.refresh();
      });
  }

  protected remove(indicator: IndicatorValue): void {
    this.actionError.set(null);
    confirmAction(this.dialog, {
      title: 'reports.indicators.deleteTitle',
      message: 'reports.indicators.deleteMessage',
      confirm: 'reports.indicators.delete',
      params: { code: indicator.code },
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.service.deleteIndicator(indicator.id)),
      )
      .subscribe({
        next: () => this.resource.refresh(),
        error: (failure: unknown) => this.actionError.set(toApiError(failure)),
      });
  }
}
