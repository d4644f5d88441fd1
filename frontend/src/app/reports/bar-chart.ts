import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ScrollRegion } from '../shared/scroll-region';

export interface ChartRow {
  key: string;
  /** Already translated. */
  label: string;
  value: number | null;
  /** The value as shown, with its unit. */
  text: string;
  /** Optional second column of the table (e.g. how many people are behind the figure). */
  detail?: string;
}

const COLUMN_WIDTH = 40;
const CHART_HEIGHT = 160;

/**
 * A chart drawn with plain CSS (horizontal bars) or SVG (columns, for a time series), with the
 * same figures as a table for screen readers and for anyone who prefers reading numbers.
 */
@Component({
  selector: 'app-bar-chart',
  imports: [ScrollRegion, TranslatePipe],
  templateUrl: './bar-chart.html',
  styleUrl: './bar-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart {
  /** Heading of the chart (translated). */
  readonly heading = input.required<string>();
  readonly rows = input.required<ChartRow[]>();
  readonly layout = input<'bars' | 'columns'>('bars');
  /** Header of the label and value columns in the table (translated). */
  readonly labelHeader = input.required<string>();
  readonly valueHeader = input.required<string>();
  readonly detailHeader = input<string | null>(null);

  private readonly max = computed(() => Math.max(0, ...this.rows().map((r) => r.value ?? 0)) || 1);

  /** Width of each bar as a share of the largest. */
  protected readonly bars = computed(() =>
    this.rows().map((row) => ({ ...row, percent: (100 * (row.value ?? 0)) / this.max() })),
  );

  protected readonly columnWidth = COLUMN_WIDTH;
  protected readonly chartHeight = CHART_HEIGHT;
  protected readonly viewWidth = computed(() => Math.max(1, this.rows().length) * COLUMN_WIDTH);
  protected readonly columns = computed(() =>
    this.rows().map((row, index) => {
      const height = ((row.value ?? 0) / this.max()) * (CHART_HEIGHT - 40);
      return {
        ...row,
        x: index * COLUMN_WIDTH + 8,
        y: CHART_HEIGHT - 20 - height,
        height,
        labelX: index * COLUMN_WIDTH + COLUMN_WIDTH / 2,
      };
    }),
  );
}
