import { safeReturnUrl } from './return-url';

describe(safeReturnUrl.name, () => {
  it('follows an address inside the portal', () => {
    expect(safeReturnUrl('/admin/people?q=ay')).toBe('/admin/people?q=ay');
  });

  it('goes home instead of following an address on another site', () => {
    expect(safeReturnUrl('https://evil.example')).toBe('/home');
    expect(safeReturnUrl('//evil.example')).toBe('/home');
    expect(safeReturnUrl('/\\evil.example')).toBe('/home');
  });

  it('goes home when there is no address', () => {
    expect(safeReturnUrl(undefined)).toBe('/home');
    expect(safeReturnUrl('')).toBe('/home');
  });
});
