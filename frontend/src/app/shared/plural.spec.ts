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
