import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { LogframeUnit } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { formatNumber, formatPercent } from '../shared/number-format';

/** `{{ 61 | logframeAmount: 'percent' }}` → "%61" for a Turkish reader; "—" when there is no value. */
@Pipe({ name: 'logframeAmount', pure: false })
export class LogframeAmountPipe implements PipeTransform {
  private readonly locale = inject(LanguageService).locale;
  private readonly translate = inject(TranslateService);

  transform(value: number | null | undefined, unit: LogframeUnit): string {
    if (value === null || value === undefined) return '—';
    if (unit === 'percent') return formatPercent(value, this.locale(), 1);
    return this.translate.instant(`logframe.amounts.${unit}`, {
      value: formatNumber(value, this.locale(), 1),
    });
  }
}
