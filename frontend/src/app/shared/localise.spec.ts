import { localise } from './localise';

describe('localise', () => {
  it('picks the text in the reader language', () => {
    expect(localise({ en: 'Advocacy', tr: 'Savunuculuk' }, 'tr')).toBe('Savunuculuk');
  });

  it('falls back to a language the text exists in', () => {
    expect(localise({ tr: 'Savunuculuk' }, 'en')).toBe('Savunuculuk');
    expect(localise(undefined, 'en')).toBe('');
  });
});
