import { Pipe, PipeTransform, inject } from '@angular/core';
import { LanguageService } from '../core/language.service';
import { formatNumber, formatPercent } from './number-format';

/** `{{ 10.5 | numberText }}` → "10,5" for a Turkish reader. */
@Pipe({ name: 'numberText', pure: false })
export class NumberTextPipe implements PipeTransform {
  private readonly locale = inject(LanguageService).locale;

  /** `locale` for text written in another language than the reader's (a quiz previewed in Turkish). */
  transform(value: number | null | undefined, maximumFractionDigits = 2, locale?: string): string {
    return value === null || value === undefined
      ? ''
      : formatNumber(value, locale ?? this.locale(), maximumFractionDigits);
  }
}

/** `{{ 33 | percentText }}` → "%33" for a Turkish reader, "33%" for an English one. */
@Pipe({ name: 'percentText', pure: false })
export class PercentTextPipe implements PipeTransform {
  private readonly locale = inject(LanguageService).locale;

  transform(value: number | null | undefined, maximumFractionDigits = 0): string {
    return value === null || value === undefined
      ? ''
      : formatPercent(value, this.locale(), maximumFractionDigits);
  }
}
