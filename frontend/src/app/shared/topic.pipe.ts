import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { Language } from '@atolye/shared';

/**
 * A module topic (a slug such as `data-protection`) in words. Topics come from the content
 * files, so one the portal has no translation for yet is shown as its words.
 */
@Pipe({ name: 'topic' })
export class TopicPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(slug: string, _language: Language): string {
    const key = `topics.${slug}`;
    const text: string = this.translate.instant(key);
    return text === key ? slug.replace(/-/g, ' ') : text;
  }
}
