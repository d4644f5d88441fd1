import type { GiftProblem, Language } from '@atolye/shared';

/** Values of a problem that name a language or a question type, given as keys to translate. */
const LANGUAGE_PARAMS = ['language', 'other'];
const TYPE_PARAMS = ['type', 'otherType'];

/**
 * A GIFT problem as a translation key and values: the codes of languages and question types it
 * names are turned into their words (`translate` is the translation service's `instant`).
 */
export function problemWording(
  problem: GiftProblem,
  translate: (key: string) => string,
): { key: string; params: Record<string, string | number> } {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.params)) {
    if (LANGUAGE_PARAMS.includes(name)) params[name] = translate(`languages.${value}`);
    else if (TYPE_PARAMS.includes(name)) params[name] = translate(`gift.types.${value}`);
    else params[name] = value;
  }
  return { key: `gift.problem.${problem.code}`, params };
}

/** A weight as a signed number of percent, without needless decimals (33.33333, -50). */
export function weightValue(weight: number): number {
  return Number(weight.toFixed(5));
}

/** Where a published quiz is downloaded as GIFT in one language. */
export function giftDownloadUrl(slug: string, version: string, quiz: string, language: Language): string {
  const part = encodeURIComponent;
  return `/api/modules/${part(slug)}/versions/${part(version)}/quizzes/${part(quiz)}/gift?lang=${language}`;
}
