import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** DejaVu Sans covers Turkish (ğ ş ı İ ç ö ü) and is embedded, so text renders and extracts. */
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

let cache: { regular: Buffer; bold: Buffer } | null = null;

/** The font files, read from disk once per process. */
export function pdfFonts(): { regular: Buffer; bold: Buffer } {
  cache ??= {
    regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')),
    bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  };
  return cache;
}
