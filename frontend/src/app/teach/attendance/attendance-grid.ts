import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ATTENDANCE_STATUSES, type AttendanceSheet } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { ZonedDatePipe } from '../../shared/zoned-time.pipes';
import { rowKey } from './attendance-rows';
import { PercentTextPipe } from '../../shared/number-format.pipes';
import { ScrollRegion } from '../../shared/scroll-region';

/** Everyone × every meeting at a glance, with each person's total and percentage. */
@Component({
  selector: 'app-attendance-grid',
  imports: [ScrollRegion, ZonedDatePipe, TranslatePipe, PercentTextPipe],
  templateUrl: './attendance-grid.html',
  styleUrl: './attendance-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendanceGrid {
  protected readonly language = inject(LanguageService).current;
  protected readonly rowKey = rowKey;
  protected readonly statuses = ATTENDANCE_STATUSES;

  readonly sheet = input.required<AttendanceSheet>();
  /** The meeting being edited, highlighted in the grid. */
  readonly selected = input<string | null>(null);
}
