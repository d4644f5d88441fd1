import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPlural } from './plural';

describe('formatPlural', () => {
  const modules = '{count, plural, one {# module} other {# modules}}';

  it('picks the singular for one and the plural for other counts in English', () => {
    expect(formatPlural(modules, 'en', { count: 1 })).toBe('1 module');
    expect(formatPlural(modules, 'en', { count: 2 })).toBe('2 modules');
    expect(formatPlural(modules, 'en', { count: 0 })).toBe('0 modules');
  });

  it('keeps the noun singular after any number in Turkish, and writes numbers the Turkish way', () => {
    const turkish = '{count, plural, other {# modül}}';
    expect(formatPlural(turkish, 'tr', { count: 1 })).toBe('1 modül');
    expect(formatPlural(turkish, 'tr', { count: 1200 })).toBe('1.200 modül');
  });

  it('gives a plain text back as it is', () => {
    expect(formatPlural('no attempts left', 'en', { count: 0 })).toBe('no attempts left');
  });

  it('refuses a message whose braces do not close instead of showing it half-filled', () => {
    expect(() => formatPlural('{count, plural, one {# module}', 'en', { count: 1 })).toThrow();
  });
});

describe("the portal's plural texts", () => {
  const translations = (language: string) =>
    JSON.parse(readFileSync(join(__dirname, `../../../public/i18n/${language}.json`), 'utf8'));
  const en = translations('en');
  const tr = translations('tr');

  it('says "1 module" and "2 modules" in English, "1 modül" and "2 modül" in Turkish', () => {
    expect(formatPlural(en.catalogue.moduleCount, 'en', { count: 1 })).toBe('1 module');
    expect(formatPlural(en.catalogue.moduleCount, 'en', { count: 2 })).toBe('2 modules');
    expect(formatPlural(tr.catalogue.moduleCount, 'tr', { count: 1 })).toBe('1 modül');
    expect(formatPlural(tr.catalogue.moduleCount, 'tr', { count: 2 })).toBe('2 modül');
  });

  it('words the attempts left on a quiz for one and for several', () => {
    expect(formatPlural(en.quiz.result.attemptsLeft, 'en', { count: 1 })).toBe('You have 1 more attempt.');
    expect(formatPlural(en.quiz.result.attemptsLeft, 'en', { count: 3 })).toBe('You have 3 more attempts.');
    expect(formatPlural(tr.quiz.result.attemptsLeft, 'tr', { count: 3 })).toBe('3 deneme hakkınız daha var.');
  });
});
