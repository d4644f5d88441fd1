import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { formatPlural } from './plural';

/**
 * `'catalogue.moduleCount' | plural: { count: n }`: a translation that is an ICU message, in the
 * reader's language. The ICU formatter is loaded with the pages that count things, not with the
 * portal's first page.
 */
@Pipe({ name: 'plural', pure: false })
export class PluralPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(key: string, params: { count: number } & Record<string, unknown>): string {
    // ICU messages have single braces, which the translation service leaves as written.
    const message: unknown = this.translate.instant(key);
    return typeof message === 'string'
      ? formatPlural(message, this.translate.getCurrentLang() ?? 'en', params)
      : key;
  }
}
