import { IntlMessageFormat } from 'intl-messageformat';

const compiled = new Map<string, IntlMessageFormat>();

/**
 * A translation written as an ICU message (`{count, plural, one {# module} other {# modules}}`)
 * filled in for one language: the language's own plural rules pick the form, and `#` is the
 * count as that language writes numbers. Plain texts come back as they are.
 */
export function formatPlural(message: string, language: string, params: Record<string, unknown>): string {
  const id = `${language}\u0000${message}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(message, language);
    compiled.set(id, format);
  }
  return String(format.format(params as Record<string, string | number>));
}
