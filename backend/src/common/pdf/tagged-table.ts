import { artifact, FONT } from './tagged-document';

export interface TaggedTableOptions {
  /** Left edge and full width of the table, in points. */
  x: number;
  width: number;
  /** Relative column widths. */
  columns: number[];
  align?: ('left' | 'right')[];
  header: string[];
  rows: string[][];
  fontSize?: number;
  /** Lowest y a row may reach before the table goes on on a new page. */
  bottom: number;
  /** Where a continued table starts on the new page. */
  top: number;
}

const PADDING = 3;
const BORDER = '#9aa5b1';
const HEADER_FILL = '#e8eef6';

/**
 * A table as a screen reader reads it (Table, TR, TH scoped to its column, TD), each row as
 * tall as its longest cell so wrapped text never runs into the next row. A row that does not fit
 * starts a new page, under the header printed again; that repetition is marked as an artifact,
 * so the header is read once.
 */
export function taggedTable(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  options: TaggedTableOptions,
): void {
  const size = options.fontSize ?? 8;
  const total = options.columns.reduce((a, b) => a + b, 0);
  const widths = options.columns.map((c) => (c / total) * options.width);
  const align = (i: number) => options.align?.[i] ?? 'left';
  const heightOf = (cells: string[], font: keyof typeof FONT) => {
    doc.font(FONT[font]).fontSize(size);
    return (
      Math.max(
        ...cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i] - 2 * PADDING })),
      ) +
      2 * PADDING
    );
  };
  const draw = (
    cells: string[],
    font: keyof typeof FONT,
    y: number,
    height: number,
    tagged?: PDFKit.PDFStructureElement,
  ) => {
    let x = options.x;
    cells.forEach((text, i) => {
      const left = x;
      artifact(doc, () => {
        if (font === 'bold') doc.rect(left, y, widths[i], height).fill(HEADER_FILL);
        doc.lineWidth(0.5).strokeColor(BORDER).rect(left, y, widths[i], height).stroke();
      });
      const write = () =>
        doc
          .font(FONT[font])
          .fontSize(size)
          .fillColor('#1b1b1b')
          .text(text, left + PADDING, y + PADDING, { width: widths[i] - 2 * PADDING, align: align(i) });
      if (tagged) {
        const cell = doc.struct(font === 'bold' ? 'TH' : 'TD', {}, write);
        // Header cells head their column, so each value is read with its heading.
        if (font === 'bold')
          (cell as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data['A'] = {
            O: 'Table',
            Scope: 'Column',
          };
        tagged.add(cell);
      } else {
        artifact(doc, write);
      }
      x += widths[i];
    });
  };

  const table = doc.struct('Table');
  parent.add(table);
  const headerHeight = heightOf(options.header, 'bold');
  let y = doc.y;
  const headerRow = doc.struct('TR');
  table.add(headerRow);
  draw(options.header, 'bold', y, headerHeight, headerRow);
  headerRow.end();
  y += headerHeight;
  for (const cells of options.rows) {
    const height = heightOf(cells, 'regular');
    if (y + height > options.bottom) {
      doc.addPage();
      y = options.top;
      draw(options.header, 'bold', y, headerHeight);
      y += headerHeight;
    }
    const row = doc.struct('TR');
    table.add(row);
    draw(cells, 'regular', y, height, row);
    row.end();
    y += height;
  }
  table.end();
  doc.x = options.x;
  doc.y = y;
}
