import { loadExcelJs } from './exceljs';

export type SheetCell = string | number | null | undefined;

export interface SheetSpec {
  name: string;
  rows: SheetCell[][];
  /** Width of each column in characters: one for all, or per column index. */
  columnWidth?: number | ((index: number) => number);
  /** Columns and rows kept in view while scrolling (a name column, the header). */
  frozen?: { columns: number; rows: number };
  boldHeader?: boolean;
}

/**
 * A formula may start a cell, or — when a program splits the line on another separator than the
 * one written (Excel in a Turkish locale reads `;`) — any piece after a separator or line break.
 */
const FORMULA_AFTER_SEPARATOR = /(^|[,;|\t\r\n])(\s*)(?=[=+\-@])/g;

/**
 * Text that a spreadsheet program could run as a formula gets an apostrophe before the formula
 * start, wherever one could begin: `=cmd|…` → `'=cmd|…`, `Ayşe;=1+1;` → `Ayşe;'=1+1;`. Numbers
 * are left to the callers as numbers and are never changed.
 */
export function spreadsheetText(value: string): string {
  const neutral = value.replace(FORMULA_AFTER_SEPARATOR, "$1$2'");
  // A leading tab or carriage return also makes some programs read on as a formula.
  return /^[\t\r]/.test(neutral) ? `'${neutral}` : neutral;
}

function cell(value: SheetCell): string | number {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? value : spreadsheetText(value);
}

function csvField(value: SheetCell): string {
  return `"${String(cell(value)).replace(/"/g, '""')}"`;
}

/**
 * CSV as RFC 4180 writes it, with every field quoted (so no separator or line break inside a
 * value can start a new cell in any locale) and a byte-order mark, which lets spreadsheet
 * programs read the Turkish letters as UTF-8.
 */
export function csvFile(rows: SheetCell[][]): Buffer {
  const lines = rows.map((row) => row.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** An XLSX workbook of the given sheets; every text goes through the same formula guard as CSV. */
export async function xlsxFile(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new (loadExcelJs().Workbook)();
  for (const spec of sheets) {
    // Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].
    const sheet = workbook.addWorksheet(spec.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
    sheet.addRows(spec.rows.map((row) => row.map(cell)));
    if (spec.boldHeader) sheet.getRow(1).font = { bold: true };
    const width = spec.columnWidth;
    if (width !== undefined)
      sheet.columns.forEach((column, i) => (column.width = typeof width === 'number' ? width : width(i)));
    if (spec.frozen)
      sheet.views = [{ state: 'frozen', xSplit: spec.frozen.columns, ySplit: spec.frozen.rows }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
