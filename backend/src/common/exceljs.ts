import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on the first spreadsheet a process reads or writes: it holds some 25 MiB that a
 * process answering only lessons and quizzes never needs. (Node keeps the module once loaded.)
 */
export function loadExcelJs(): typeof ExcelJS {
  return require('exceljs') as typeof ExcelJS;
}
