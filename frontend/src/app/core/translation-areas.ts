import { Injectable, inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { TranslateService, type TranslationObject } from '@ngx-translate/core';

type Translations = TranslationObject;

/**
 * Translations of areas that only their own pages use (the logframe, coaching, GIFT import) are
 * built into files of their own (`tools/split-translations.mjs`), so a first visit does not fetch
 * them. A route that needs one says `canActivate: [translationArea('logframe')]`; the area's keys
 * are merged into the language in use, and again into each language switched to later. Where the
 * file does not exist (the dev server serves the whole translation) nothing is missing.
 */
@Injectable({ providedIn: 'root' })
export class TranslationAreas {
  private readonly translate = inject(TranslateService);
  private readonly wanted = new Set<string>();
  private readonly fetched = new Map<string, Promise<Translations | null>>();

  constructor() {
    // Switching language loads that language's main file; the areas already in use follow it.
    this.translate.onLangChange.subscribe(({ lang }) => {
      for (const area of this.wanted) void this.merge(lang, area);
    });
  }

  async ensure(area: string): Promise<void> {
    this.wanted.add(area);
    const lang = this.translate.getCurrentLang();
    if (lang) await this.merge(lang, area);
  }

  private async merge(lang: string, area: string): Promise<void> {
    const key = `${lang}.${area}`;
    if (!this.fetched.has(key)) this.fetched.set(key, this.fetch(key));
    const translations = await this.fetched.get(key);
    if (translations) this.translate.setTranslation(lang, translations, true);
  }

  private async fetch(key: string): Promise<Translations | null> {
    try {
      const response = await fetch(`/i18n/${key}.json`);
      return response.ok ? ((await response.json()) as Translations) : null;
    } catch {
      // Offline or not built: the page shows the keys it cannot find, as with any missing file.
      this.fetched.delete(key);
      return null;
    }
  }
}

/** A route guard that makes an area's translations ready before its page is shown. */
export function translationArea(area: string): CanActivateFn {
  return async () => {
    await inject(TranslationAreas).ensure(area);
    return true;
  };
}
