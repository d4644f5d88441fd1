import { IMMUTABLE, portalCacheControl } from './portal-cache-control';

describe('portalCacheControl', () => {
  it.each([
    '/srv/portal/main-UN76WCA5.js',
    '/srv/portal/chunk-276Y4WKL.js',
    '/srv/portal/polyfills-B6TNHZQ6.js',
    '/srv/portal/styles-5INURTSO.css',
    '/srv/portal/media/roboto-latin-X7QHZ3GA.woff2',
    '/srv/portal/main-UN76WCA5.js.br',
    '/srv/portal/chunk-276Y4WKL.js.gz',
  ])('keeps the hashed %s for a year', (path) => {
    expect(portalCacheControl(path)).toBe(IMMUTABLE);
  });

  it.each([
    '/srv/portal/index.html',
    '/srv/portal/index.html.br',
    '/srv/portal/favicon.svg',
    '/srv/portal/i18n/tr.json',
    '/srv/portal/i18n/en.json.gz',
    '/srv/portal/maps/turkey-provinces.json',
    // Old webpack-style names and lower-case words are not the build's hashes.
    '/srv/portal/main.3f2a9c1b.js',
    '/srv/portal/maps/LICENSE-turkey-map-react.txt',
    '/srv/portal/self-assessment.json',
  ])('has %s revalidated', (path) => {
    expect(portalCacheControl(path)).toBe('no-cache');
  });
});
