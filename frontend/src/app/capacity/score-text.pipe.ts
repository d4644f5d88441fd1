import { Pipe, PipeTransform, inject } from '@angular/core';
import { LanguageService } from '../core/language.service';

/**
 * A capacity score as defined, always with its one decimal (`2,0` for a Turkish reader); with
 * `signed`, a change with its sign (`+0.6`). Empty for a score not there yet.
 */
@Pipe({ name: 'scoreText', pure: false })
export class ScoreTextPipe implements PipeTransform {
  private readonly locale = inject(LanguageService).locale;

  transform(value: number | null | undefined, signed = false): string {
    if (value === null || value === undefined) return '';
    return new Intl.NumberFormat(this.locale(), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }).format(value);
  }
}
