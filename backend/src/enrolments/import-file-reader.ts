import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../common/exceljs';
import { Readable } from 'node:stream';
import { IMPORT_COLUMNS } from '@atolye/shared';
import { checkedWorkbookStream, WorkbookTooLargeError } from './xlsx-parts';

export interface ImportRow {
  /** Line in the file, the header being line 1. */
  row: number;
  values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;
}

export class ImportFileError extends Error {}

/** A workbook that unpacks to more than the importer reads (see xlsx-parts). */
export class ImportFileTooLargeError extends ImportFileError {}

const REQUIRED = ['email', 'full_name'] as const;

/** A line of the file: its number and the text of each cell, first column first. */
interface Line {
  number: number;
  cells: string[];
}

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

function lineOf(row: ExcelJS.Row): Line {
  const values = Array.isArray(row.values) ? row.values : [];
  return { number: row.number, cells: values.slice(1).map((v) => cellText(v).trim()) };
}

/**
 * The first sheet (in the workbook's order) read row by row: the sheet's XML is never held
 * whole, nor turned into a workbook model. Other sheets are read past.
 */
async function xlsxLines(content: Buffer): Promise<Line[]> {
  const reader = new (loadExcelJs().stream.xlsx.WorkbookReader)(await checkedWorkbookStream(content), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const lines: Line[] = [];
  let read = false;
  for await (const worksheet of reader) {
    const first = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets?.[0]?.name;
    const wanted: boolean = !read && (!first || (worksheet as unknown as { name?: string }).name === first);
    for await (const row of worksheet) if (wanted) lines.push(lineOf(row as ExcelJS.Row));
    read ||= wanted;
  }
  return lines;
}

async function csvLines(content: Buffer): Promise<Line[]> {
  const workbook = new (loadExcelJs().Workbook)();
  await workbook.csv.read(Readable.from(content.toString('utf8').replace(/^\uFEFF/, '')));
  const lines: Line[] = [];
  workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => lines.push(lineOf(row)));
  return lines;
}

/** Reads the first sheet of an XLSX or a CSV file into rows keyed by the header's column names. */
export async function readImportFile(fileName: string, content: Buffer): Promise<ImportRow[]> {
  const xlsx = /\.xlsx$/i.test(fileName);
  let lines: Line[];
  try {
    lines = xlsx ? await xlsxLines(content) : await csvLines(content);
  } catch (error) {
    if (error instanceof WorkbookTooLargeError) throw new ImportFileTooLargeError(error.message);
    // The libraries throw many kinds of error for a damaged file; to the person it is one thing.
    throw new ImportFileError(
      `The file ${fileName} could not be read as ${xlsx ? 'an Excel workbook' : 'CSV'}`,
    );
  }
  const filled = lines.filter((line) => line.cells.some((cell) => cell !== ''));
  if (filled.length === 0) throw new ImportFileError('The file is empty');
  const header = (filled[0].number === 1 ? filled[0].cells : []).map((cell) =>
    cell.toLowerCase().replace(/\s+/g, '_'),
  );
  const rest = filled.filter((line) => line.number !== 1);
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
  return rest.flatMap((line) => {
    const values: ImportRow['values'] = {};
    header.forEach((column, index) => {
      const text = line.cells[index] ?? '';
      if (column && text) values[column as keyof ImportRow['values']] = text;
    });
    return Object.keys(values).length > 0 ? [{ row: line.number, values }] : [];
  });
}
