import type { Language } from '@atolye/shared';
import { FONT, tag, taggedDocument } from '../common/pdf/tagged-document';
import { taggedTable } from '../common/pdf/tagged-table';
import { numberPages } from '../reports/report-pdf/report-pdf';
import type { LogframeMatrix } from './logframe-matrix';
import { LOGFRAME_WORDS } from './logframe-words';

const MARGIN = 36;
const BLUE = '#1d4e89';
const INK = '#1b1b1b';
const COLUMNS = [20, 22, 10, 10, 10, 16, 14];

export interface LogframePdfInput {
  matrix: LogframeMatrix;
  language: Language;
  programmeName: string;
  generatedAt: Date;
}

/**
 * The logframe matrix as a tagged landscape A4 PDF: a heading per level (impact, outcomes,
 * outputs, activities) over a table of the EU's seven columns whose header repeats on every
 * page, the definitions of the figures used, and page numbers.
 */
export function renderLogframePdf({
  matrix,
  language,
  programmeName,
  generatedAt,
}: LogframePdfInput): Promise<Buffer> {
  const words = LOGFRAME_WORDS[language];
  const { doc, root, finish } = taggedDocument({
    title: `${matrix.title} — ${programmeName}`,
    language,
    layout: 'landscape',
    margin: MARGIN,
    author: programmeName,
    createdAt: generatedAt,
    bufferPages: true,
  });
  const width = doc.page.width - 2 * MARGIN;
  const heading = (level: 'H1' | 'H2', title: string) => {
    if (level === 'H2' && doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    if (level === 'H2') doc.moveDown(0.6);
    tag(doc, root, level, () =>
      doc
        .font(FONT.bold)
        .fontSize(level === 'H1' ? 16 : 12)
        .fillColor(BLUE)
        .text(title, MARGIN, undefined, { width }),
    );
    doc.moveDown(0.3);
  };
  const table = (columns: number[], header: string[], rows: string[][]) => {
    taggedTable(doc, root, {
      x: MARGIN,
      width,
      columns,
      header,
      rows,
      fontSize: 7.5,
      bottom: doc.page.height - MARGIN - 12,
      top: MARGIN,
    });
    doc.moveDown(0.4);
  };

  heading('H1', `${matrix.title} — ${programmeName}`);
  tag(doc, root, 'P', () =>
    doc
      .font(FONT.regular)
      .fontSize(10)
      .fillColor(INK)
      .text(`${words.period}: ${matrix.periodText}`, MARGIN, undefined, { width }),
  );
  for (const group of matrix.groups) {
    if (!group.rows.length) continue;
    heading('H2', group.title);
    table(COLUMNS, matrix.header, group.rows);
  }
  if (matrix.definitions.length) {
    heading('H2', words.definitions);
    table([30, 70], [words.term, words.definition], matrix.definitions);
  }
  numberPages(doc, words);
  return finish();
}
