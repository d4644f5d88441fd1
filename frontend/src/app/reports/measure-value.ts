import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Measure } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { MEASURE_UNITS, formatMeasureNumber } from './measure-format';

/** A figure with its unit ("62.5%", "4.2 points", "18 hours"); a dash when there is no data yet. */
@Component({
  selector: 'app-measure-value',
  imports: [TranslatePipe],
  template: `@if (number(); as text) {
      {{ 'reports.units.' + unit() | translate: { value: text } }}
    } @else {
      <span [attr.aria-label]="'reports.noData' | translate">—</span>
    }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureValue {
  readonly measure = input.required<Measure>();
  readonly value = input.required<number | null>();

  private readonly locale = inject(LanguageService).locale;
  protected readonly unit = computed(() => MEASURE_UNITS[this.measure()]);
  protected readonly number = computed(() => {
    const value = this.value();
    return value === null ? null : formatMeasureNumber(value, this.measure(), this.locale());
  });
}
