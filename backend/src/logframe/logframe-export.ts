import type { Language } from '@atolye/shared';
import { xlsxFile, type SheetCell } from '../common/spreadsheet-export';
import type { LogframeMatrix } from './logframe-matrix';
import { LOGFRAME_WORDS } from './logframe-words';

const WIDTHS = [40, 45, 18, 18, 18, 40, 35];

/**
 * The matrix as a workbook: the title and period, the header, then each level's group title
 * followed by its rows; the definitions on a second sheet.
 */
export function logframeXlsx(
  matrix: LogframeMatrix,
  programmeName: string,
  language: Language,
): Promise<Buffer> {
  const words = LOGFRAME_WORDS[language];
  const rows: SheetCell[][] = [
    [`${matrix.title} — ${programmeName}`],
    [`${words.period}: ${matrix.periodText}`],
    matrix.header,
    ...matrix.groups.flatMap((group) => [[group.title], ...group.rows]),
  ];
  return xlsxFile([
    {
      name: words.sheet,
      rows,
      boldHeader: true,
      columnWidth: (i) => WIDTHS[i] ?? 20,
      frozen: { columns: 1, rows: 3 },
    },
    {
      name: words.definitions,
      rows: [[words.term, words.definition], ...matrix.definitions],
      boldHeader: true,
      columnWidth: (i) => (i === 0 ? 35 : 110),
    },
  ]);
}
