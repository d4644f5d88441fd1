import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { ReportFilters } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { LearningRecordsService } from './learning-records.service';

/**
 * The learning events of the period and session chosen in the filter bar, as xAPI statements
 * to download, and how their forwarding to the programme's LRS goes.
 */
@Component({
  selector: 'app-learning-records',
  imports: [DatePipe, MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './learning-records.html',
  styleUrl: './learning-records.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearningRecords {
  private readonly service = inject(LearningRecordsService);
  protected readonly locale = inject(LanguageService).locale;

  readonly filters = input.required<ReportFilters>();

  protected readonly downloadUrl = computed(() => {
    const { from, to, sessionId } = this.filters();
    return this.service.downloadUrl({ from, to, sessionId });
  });

  private readonly status = rxResource({ stream: () => this.service.forwarding() });
  protected readonly forwarding = computed(() => (this.status.hasValue() ? this.status.value() : null));
}
