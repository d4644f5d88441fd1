import ExcelJS from 'exceljs';
import { csvFile, spreadsheetText, xlsxFile } from './spreadsheet-export';

describe(spreadsheetText.name, () => {
  it('neutralises text that would start a formula', () => {
    expect(spreadsheetText('=cmd|"/c calc"!A1')).toBe(`'=cmd|"/c calc"!A1`);
    expect(spreadsheetText('+90 555')).toBe(`'+90 555`);
    expect(spreadsheetText('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(spreadsheetText('\t=1')).toBe(`'\t'=1`);
  });

  it('neutralises a formula after any separator, for programs that split on ; or tab', () => {
    expect(spreadsheetText('Ayse;=1+1;')).toBe(`Ayse;'=1+1;`);
    expect(spreadsheetText('Ali, -2+3')).toBe(`Ali, '-2+3`);
    expect(spreadsheetText('a\t@x|+y\n=z')).toBe(`a\t'@x|'+y\n'=z`);
  });

  it('leaves ordinary text alone', () => {
    expect(spreadsheetText('Şükrü Öztürk-Yılmaz')).toBe('Şükrü Öztürk-Yılmaz');
    expect(spreadsheetText('2026-11-25 – 2026-12-01')).toBe('2026-11-25 – 2026-12-01');
  });
});

describe(csvFile.name, () => {
  it('quotes every field, doubles quotes and keeps numbers as written', () => {
    const text = csvFile([
      ['Name', 'Score'],
      ['Ayse;=1+1;', 85.5],
      ['Say "hi"\nnext', null],
    ]).toString('utf8');
    expect(text).toBe('\uFEFF"Name","Score"\r\n"Ayse;\'=1+1;","85.5"\r\n"Say ""hi""\nnext",""\r\n');
  });
});

describe(xlsxFile.name, () => {
  it('writes guarded text and numbers into the named sheets', async () => {
    const bytes = await xlsxFile([{ name: 'Results / Sonuçlar', rows: [['=1+1', -3.5]], boldHeader: true }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Results   Sonuçlar');
    expect(sheet.getCell('A1').value).toBe("'=1+1");
    expect(sheet.getCell('B1').value).toBe(-3.5);
  });
});
