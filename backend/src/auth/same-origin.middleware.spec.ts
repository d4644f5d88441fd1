import { portalOrigins } from './same-origin.middleware';

describe('portalOrigins', () => {
  it("is PUBLIC_URL's origin alone for a real address", () => {
    expect([...portalOrigins('https://atolye.example.org/')]).toEqual(['https://atolye.example.org']);
    expect([...portalOrigins('https://atolye.example.org:8443/portal')]).toEqual([
      'https://atolye.example.org:8443',
    ]);
  });

  it('adds the other loopback names of the same scheme and port on a laptop', () => {
    expect([...portalOrigins('http://localhost:3000')]).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ]);
    expect(portalOrigins('http://127.0.0.1:3211').has('http://localhost:3211')).toBe(true);
    expect(portalOrigins('http://127.0.0.1:3211').has('http://localhost:3212')).toBe(false);
  });
});
