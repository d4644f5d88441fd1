import { Pipe, PipeTransform } from '@angular/core';

/** Languages a trainer is most likely to train in here; any other ISO 639-1 code is kept too. */
export const TRAINER_LANGUAGE_CHOICES = [
  'tr',
  'en',
  'ar',
  'ku',
  'fa',
  'ps',
  'ur',
  'fr',
  'de',
  'nl',
  'el',
  'es',
  'it',
  'ru',
  'uk',
  'so',
] as const;

/** The name of a language in the reader's language: `'ar' | languageName: 'tr'` → "Arapça". */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

@Pipe({ name: 'languageName' })
export class LanguageNamePipe implements PipeTransform {
  transform(code: string | null | undefined, locale: string): string {
    return code ? languageName(code, locale) : '';
  }
}
