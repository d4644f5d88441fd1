import { spreadsheetSafe } from './spreadsheet-safe';

describe(spreadsheetSafe.name, () => {
  it('neutralises text that would start a formula', () => {
    expect(spreadsheetSafe('=cmd|"/c calc"!A1')).toBe(`'=cmd|"/c calc"!A1`);
    expect(spreadsheetSafe('+90 555')).toBe(`'+90 555`);
    expect(spreadsheetSafe('@SUM(A1)')).toBe(`'@SUM(A1)`);
  });

  it('leaves ordinary text alone', () => {
    expect(spreadsheetSafe('Şükrü Öztürk')).toBe('Şükrü Öztürk');
  });
});
