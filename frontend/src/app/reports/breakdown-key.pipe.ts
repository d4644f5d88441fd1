import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { Breakdown } from '@atolye/shared';

/**
 * The label of a breakdown row: genders and organisation types translated, provinces as they
 * are written; "unknown" (no organisation or province on record) in the reader's language.
 * Impure so that it follows a change of language.
 */
@Pipe({ name: 'breakdownKey', pure: false })
export class BreakdownKeyPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(key: string, by: Breakdown): string {
    if (key === 'unknown' || !key) return this.translate.instant('reports.unknown');
    if (by === 'gender') return this.translate.instant(`genders.${key}`);
    if (by === 'organisation_type') return this.translate.instant(`organisationTypes.${key}`);
    return key;
  }
}
