/**
 * The one way the portal writes numbers and percentages, per locale: Turkish `10,5` and `%33`,
 * English `10.5` and `33%`. Translations that put a number beside a percent sign follow the same
 * placement (`{{value}}%` in English, `%{{value}}` in Turkish; the i18n check enforces it), and
 * the number they get comes from `formatNumber`.
 */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A percentage given on 0–100, with its sign where the locale puts it. */
export function formatPercent(value: number, locale: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(value / 100);
}
