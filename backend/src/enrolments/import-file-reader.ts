import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { IMPORT_COLUMNS } from '@atolye/shared';

export interface ImportRow {
  /** Line in the file, the header being line 1. */
  row: number;
  values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;
}

export class ImportFileError extends Error {}

const REQUIRED = ['email', 'full_name'] as const;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value && value.result !== undefined) return String(value.result);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

/** Reads the first sheet of an XLSX or a CSV file into rows keyed by the header's column names. */
export async function readImportFile(fileName: string, content: Buffer): Promise<ImportRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (/\.xlsx$/i.test(fileName)) await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
    else await workbook.csv.read(Readable.from(content.toString('utf8').replace(/^\uFEFF/, '')));
  } catch {
    // The libraries throw many kinds of error for a damaged file; to the person it is one thing.
    throw new ImportFileError(
      `The file ${fileName} could not be read as ${/\.xlsx$/i.test(fileName) ? 'an Excel workbook' : 'CSV'}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new ImportFileError('The file is empty');
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[])
    .slice(1)
    .map((v) => cellText(v).trim().toLowerCase().replace(/\s+/g, '_'));
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new ImportFileError(
      `The first row must name the columns; missing: ${missing.join(', ')} (known columns: ${IMPORT_COLUMNS.join(', ')})`,
    );
  }
  const unknown = header.filter((h) => h && !(IMPORT_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0)
    throw new ImportFileError(
      `Unknown column(s): ${unknown.join(', ')} (known columns: ${IMPORT_COLUMNS.join(', ')})`,
    );
  const rows: ImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values: ImportRow['values'] = {};
    header.forEach((column, index) => {
      const text = cellText(row.getCell(index + 1).value).trim();
      if (column && text) values[column as keyof ImportRow['values']] = text;
    });
    if (Object.keys(values).length > 0) rows.push({ row: number, values });
  });
  return rows;
}
