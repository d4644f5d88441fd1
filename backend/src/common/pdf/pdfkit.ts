/**
 * PDFKit with its font work memoised. PDFKit hands every embedded TTF to fontkit.create for
 * each new document, and parsing DejaVu Sans costs tens of milliseconds every time; the parsed
 * font is read-only, so one parse per font file per process serves every document. fontkit's
 * exports are getters that cannot be patched, so the cached module object fontkit resolves to
 * is replaced, before PDFKit is first loaded, by a copy whose `create` remembers its results.
 * (Where a test runner keeps its own module registry this does nothing, and PDFKit simply
 * parses each time.)
 *
 * Two more results depend on nothing but the font, so they are kept with it: the shaping of a
 * word (PDFKit lays text out word by word, and a document's fixed wording repeats in every
 * document), and a glyph's decoded outline, which the font subset of every document decodes
 * again for each glyph it embeds. Both give exactly what fontkit would compute, so the bytes
 * of every PDF stay the same.
 */
import type PDFKit from 'pdfkit';

/** fontkit's GlyphPosition: built by its own constructor, as PDFKit's loops over it are fastest so. */
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  [key: string]: number;
}

type PositionClass = new (xAdvance: number, yAdvance: number, xOffset: number, yOffset: number) => Position;

function copyPosition(position: Position): Position {
  const { xAdvance, yAdvance, xOffset, yOffset } = position;
  return new (position.constructor as PositionClass)(xAdvance, yAdvance, xOffset, yOffset);
}

interface GlyphRun {
  glyphs: Glyph[];
  positions: Position[];
}

interface Glyph {
  _decode(): unknown;
  codePoints?: number[];
}

interface Font {
  layout(text: string, ...rest: unknown[]): GlyphRun;
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
  _variationProcessor?: unknown;
}

/** Words shaped per font; past this many the cache starts over, so odd names cannot grow it. */
const MAX_CACHED_WORDS = 20_000;

function sameClass<T extends object>(value: T, changes: Partial<T> = {}): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value)) as T, value, changes);
}

/** Shaping and outline decoding remembered on one parsed font (see above). */
export function memoiseFontWork(font: Font): Font {
  // A font collection is returned as such; PDFKit picks a font from it by name, parsed anew.
  if (typeof font.layout !== 'function') return font;
  const layout = font.layout.bind(font);
  const shaped = new Map<string, GlyphRun>();
  font.layout = (text: string, ...rest: unknown[]): GlyphRun => {
    // Features, script or direction given: shaped as asked, not cached (PDFKit passes none for plain text).
    if (typeof text !== 'string' || rest.some((argument) => argument !== undefined))
      return layout(text, ...rest);
    let run = shaped.get(text);
    if (!run) {
      if (shaped.size >= MAX_CACHED_WORDS) shaped.clear();
      run = layout(text);
      shaped.set(text, run);
    }
    // PDFKit scales the positions it is given in place, so each caller gets its own copies.
    return sameClass(run, {
      glyphs: run.glyphs.slice(),
      positions: run.positions.map(copyPosition),
    });
  };

  const getGlyph = font.getGlyph.bind(font);
  const decodedGlyphs = new WeakSet<Glyph>();
  // A variable font's outlines depend on the chosen instance; those are decoded each time.
  const memoiseOutlines = !font._variationProcessor;
  font.getGlyph = (id: number, codePoints?: number[]): Glyph | null => {
    const glyph = getGlyph(id, codePoints);
    // fontkit keeps the first glyph object made for an id with the characters it was asked for.
    // A subset asks for the parts of a composite letter (the g of ğ) with none; in a font used
    // by one document that happens last, but in a shared font the next document would find g
    // without its character and its text layer would lose every g. Such a glyph gets the
    // characters the first time a layout names them, as a fresh font would have it.
    if (glyph && codePoints?.length && glyph.codePoints?.length === 0) glyph.codePoints = codePoints;
    if (memoiseOutlines && glyph && typeof glyph._decode === 'function' && !decodedGlyphs.has(glyph)) {
      decodedGlyphs.add(glyph);
      const decode = glyph._decode.bind(glyph);
      let decoded: { value: unknown } | null = null;
      glyph._decode = () => (decoded ??= { value: decode() }).value;
    }
    return glyph;
  };
  return font;
}

let loaded: typeof PDFKit | null = null;

/**
 * PDFKit, loaded on the first document a process makes: it and fontkit hold some 20 MiB that a
 * process answering only lessons and quizzes never needs.
 */
export function loadPdfKit(): typeof PDFKit {
  if (loaded) return loaded;
  const fontkitPath = require.resolve('fontkit');
  const fontkit = require('fontkit') as { create: (buffer: Uint8Array, postscriptName?: string) => Font };
  const cached = new WeakMap<Uint8Array, Map<string, Font>>();
  const memoised = {
    ...fontkit,
    create(buffer: Uint8Array, postscriptName?: string): Font {
      const byName = cached.get(buffer) ?? new Map<string, Font>();
      cached.set(buffer, byName);
      const key = postscriptName ?? '';
      let font = byName.get(key);
      if (!font) {
        font = memoiseFontWork(fontkit.create(buffer, postscriptName));
        byName.set(key, font);
      }
      return font;
    },
  };
  const entry = require.cache?.[fontkitPath];
  if (entry) entry.exports = memoised;
  loaded = require('pdfkit') as typeof PDFKit;
  return loaded;
}

/** A new PDFKit document (see `loadPdfKit`). */
export function newPdfDocument(options?: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  return new (loadPdfKit())(options);
}
