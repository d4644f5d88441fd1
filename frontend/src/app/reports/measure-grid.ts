import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { MEASURES, type Measure } from '@atolye/shared';
import { MeasureValue } from './measure-value';

/** The twelve programme figures at a glance. */
@Component({
  selector: 'app-measure-grid',
  imports: [TranslatePipe, MeasureValue],
  template: `<dl class="grid">
    @for (figure of figures(); track figure.measure) {
      <div class="figure">
        <dt>{{ 'reports.measures.' + figure.measure | translate }}</dt>
        <dd><app-measure-value [measure]="figure.measure" [value]="figure.value" /></dd>
      </div>
    }
  </dl>`,
  styleUrl: './measure-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureGrid {
  readonly measures = input.required<Record<Measure, number | null>>();

  protected readonly figures = computed(() =>
    MEASURES.map((measure) => ({ measure, value: this.measures()[measure] ?? null })),
  );
}
