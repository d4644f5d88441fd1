/**
 * Files the portal's build names by their content (`main-UN76WCA5.js`, `chunk-276Y4WKL.js`,
 * `styles-5INURTSO.css`, `media/roboto-X7QHZ3GA.woff2`): a changed file gets a new name, so
 * browsers keep these for a year without asking again. A `.br` or `.gz` copy counts as its file.
 */
const HASHED = /-[0-9A-Z]{8}\.[a-z0-9]+(\.br|\.gz)?$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** How long browsers may keep a portal file: hashed names for good, others (index.html, translations) revalidated each time. */
export function portalCacheControl(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return HASHED.test(name) ? IMMUTABLE : 'no-cache';
}
