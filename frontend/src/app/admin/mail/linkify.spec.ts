import { linkify } from './linkify';

describe(linkify.name, () => {
  it('makes web addresses links and leaves the rest as text', () => {
    expect(linkify('Open https://atolye.example/reset-password?token=abc_-1 now.')).toEqual([
      { text: 'Open ' },
      {
        text: 'https://atolye.example/reset-password?token=abc_-1',
        href: 'https://atolye.example/reset-password?token=abc_-1',
      },
      { text: ' now.' },
    ]);
  });

  it('leaves a sentence’s closing full stop out of the link', () => {
    expect(linkify('Verify at http://localhost:3000/verify/x.')).toEqual([
      { text: 'Verify at ' },
      { text: 'http://localhost:3000/verify/x', href: 'http://localhost:3000/verify/x' },
      { text: '.' },
    ]);
  });

  it('does not link other schemes', () => {
    expect(linkify('javascript:alert(1) and mailto:a@b.example')).toEqual([
      { text: 'javascript:alert(1) and mailto:a@b.example' },
    ]);
  });
});
