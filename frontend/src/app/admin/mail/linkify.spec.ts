import { HIDDEN_SECRET } from '@atolye/shared';
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

  it('shows an address whose secret is hidden as text, not as a link', () => {
    const masked = `https://atolye.example/reset-password?token=${HIDDEN_SECRET}`;
    expect(linkify(`Choose a new password:\n${masked}`)).toEqual([
      { text: 'Choose a new password:\n' },
      { text: masked },
    ]);
  });
});
