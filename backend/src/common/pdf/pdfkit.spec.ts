import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { memoiseFontWork, newPdfDocument } from './pdfkit';
import { pdfFonts } from './pdf-fonts';
import { readPdf } from './pdf-inspection';

// fontkit straight from disk: jest's own module registry leaves PDFKit's copy unmemoised.
const fontkit = require('fontkit') as {
  create: (buffer: Uint8Array) => Parameters<typeof memoiseFontWork>[0];
};
const file = readFileSync(
  join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf'),
);

function shape(font: ReturnType<typeof fontkit.create>, text: string) {
  const run = font.layout(text);
  return {
    glyphs: run.glyphs.map((glyph) => (glyph as unknown as { id: number }).id),
    positions: run.positions.map((position) => ({ ...position })),
  };
}

describe(memoiseFontWork.name, () => {
  it('shapes a word exactly as fontkit does, however often it is asked', () => {
    const plain = fontkit.create(file);
    const memoised = memoiseFontWork(fontkit.create(file));
    for (const word of ['Sertifikası ', 'Gülşen ', 'İnceoğlu', 'Sertifikası ', 'office ']) {
      expect(shape(memoised, word)).toEqual(shape(plain, word));
    }
  });

  it('gives every caller positions of its own, since PDFKit scales them in place', () => {
    const font = memoiseFontWork(fontkit.create(file));
    const first = font.layout('Katılım ');
    for (const position of first.positions) position['xAdvance'] *= 1000;
    const second = font.layout('Katılım ');
    expect(second.positions).not.toBe(first.positions);
    expect(shape(font, 'Katılım ')).toEqual(shape(fontkit.create(file), 'Katılım '));
    expect((second as unknown as { advanceWidth: number }).advanceWidth).toBe(
      (fontkit.create(file).layout('Katılım ') as unknown as { advanceWidth: number }).advanceWidth,
    );
  });

  it('shapes a plain word once, and text with features each time it is asked', () => {
    const parsed = fontkit.create(file);
    const layout = jest.spyOn(parsed, 'layout');
    const font = memoiseFontWork(parsed);
    font.layout('Modüller ');
    font.layout('Modüller ');
    expect(layout).toHaveBeenCalledTimes(1);
    font.layout('fi ', ['liga']);
    font.layout('fi ', ['liga']);
    expect(layout).toHaveBeenCalledTimes(3);
  });

  it('decodes each glyph outline once and hands the same outline back', () => {
    const font = memoiseFontWork(fontkit.create(file));
    const id = (font.layout('ğ').glyphs[0] as unknown as { id: number }).id;
    const glyph = font.getGlyph(id) as unknown as { _decode(): unknown };
    const outline = glyph._decode();
    expect(glyph._decode()).toBe(outline);
    expect(outline).toEqual(
      (fontkit.create(file).getGlyph(id) as unknown as { _decode(): unknown })._decode(),
    );
  });
});

describe('PDFKit documents sharing one parsed font', () => {
  async function render(text: string): Promise<Buffer> {
    const doc = newPdfDocument({ font: pdfFonts().regular as unknown as string });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.text(text);
    doc.end();
    return done;
  }

  it('keep every letter in the text layer, whatever was rendered before', async () => {
    // ğ is drawn from the outline of g: subsetting it must not cost g its character afterwards.
    await render('Doğan ağaç');
    const after = await render('Belgesi');
    expect((await readPdf(after)).text).toBe('Belgesi');
  });
});
