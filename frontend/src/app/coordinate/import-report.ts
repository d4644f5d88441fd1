import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import type { ImportJob } from '@atolye/shared';
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

  protected readonly counts = computed(() => outcomeCounts(this.job()).filter((c) => c.count > 0));
  protected readonly rows = computed(() =>
    [...this.job().rows].sort(
      (a, b) => Number(b.outcome === 'rejected') - Number(a.outcome === 'rejected') || a.row - b.row,
    ),
  );
  protected readonly columns = ['row', 'email', 'outcome', 'details'];
}
