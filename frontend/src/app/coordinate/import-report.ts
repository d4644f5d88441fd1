import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ImportJob, ImportRowReport } from '@atolye/shared';
import { outcomeCounts } from './import-file';
import { ScrollRegion } from '../shared/scroll-region';

/** What happened to each row of an import, rejected rows first so they are not missed. */
@Component({
  selector: 'app-import-report',
  imports: [ScrollRegion, MatTableModule, TranslatePipe],
  templateUrl: './import-report.html',
  styleUrl: './import-report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportReport {
  readonly job = input.required<ImportJob>();
  private readonly translate = inject(TranslateService);

  protected readonly counts = computed(() => outcomeCounts(this.job()).filter((c) => c.count > 0));
  protected readonly rows = computed(() =>
    [...this.job().rows].sort(
      (a, b) => Number(b.outcome === 'rejected') - Number(a.outcome === 'rejected') || a.row - b.row,
    ),
  );
  protected readonly columns = ['row', 'email', 'outcome', 'details'];

  /** The reason's values, the enrolment status a person already holds worded in the reader's language. */
  protected reasonParams(row: ImportRowReport): Record<string, string> {
    const params = row.reasonParams ?? {};
    return params['status']
      ? { ...params, status: this.translate.instant('enrolmentStatus.' + params['status']) }
      : params;
  }
}
