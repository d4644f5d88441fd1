import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { Language } from '@atolye/shared';

/**
 * `{{ 195 | duration: language() }}` → "3 h 15 min" / "3 sa 15 dk". The language argument makes
 * the pure pipe run again after a language switch.
 */
@Pipe({ name: 'duration' })
export class DurationPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(minutes: number | null | undefined, _language: Language): string {
    const total = Math.max(0, Math.round(minutes ?? 0));
    const h = Math.floor(total / 60);
    const m = total % 60;
    if (h === 0) return this.translate.instant('duration.minutes', { m });
    if (m === 0) return this.translate.instant('duration.hours', { h });
    return this.translate.instant('duration.hoursMinutes', { h, m });
  }
}
