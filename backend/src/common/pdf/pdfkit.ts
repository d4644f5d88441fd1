/**
 * PDFKit with its font parser memoised. PDFKit hands every embedded TTF to fontkit.create for
 * each new document, and parsing DejaVu Sans costs tens of milliseconds every time; the parsed
 * font is read-only, so one parse per font file per process serves every document. fontkit's
 * exports are getters that cannot be patched, so the cached module object fontkit resolves to
 * is replaced, before PDFKit is first loaded, by a copy whose `create` remembers its results.
 * (Where a test runner keeps its own module registry this does nothing, and PDFKit simply
 * parses each time.)
 */
import type PDFKit from 'pdfkit';

const fontkitPath = require.resolve('fontkit');
const fontkit = require('fontkit') as { create: (buffer: Uint8Array, postscriptName?: string) => unknown };
const cached = new WeakMap<Uint8Array, Map<string, unknown>>();
const memoised = {
  ...fontkit,
  create(buffer: Uint8Array, postscriptName?: string): unknown {
    const byName = cached.get(buffer) ?? new Map<string, unknown>();
    cached.set(buffer, byName);
    const key = postscriptName ?? '';
    if (!byName.has(key)) byName.set(key, fontkit.create(buffer, postscriptName));
    return byName.get(key);
  },
};
const entry = require.cache?.[fontkitPath];
if (entry) entry.exports = memoised;

const PDFDocument = require('pdfkit') as typeof PDFKit;
export default PDFDocument;
