import type { LocalisedText } from '@atolye/shared';
import { LANGUAGES, type Language } from '@atolye/shared/core';

/**
 * A text in the reader's language, else in the first language it exists in: content and
 * trainings are not always translated into both.
 */
export function localise(text: LocalisedText | null | undefined, language: Language): string {
  if (!text) return '';
  return text[language] ?? LANGUAGES.map((l) => text[l]).find((value) => !!value) ?? '';
}
