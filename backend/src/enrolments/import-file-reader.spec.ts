import ExcelJS from 'exceljs';
import { ImportFileError, readImportFile } from './import-file-reader';

describe(readImportFile.name, () => {
  it('reads a CSV with a header, skipping blank lines and keeping Turkish letters', async () => {
    const csv =
      'email,full_name,organisation\nayse@example.org,Ayşe Gül Çınar,Göç Derneği\n\nmehmet@example.org,Mehmet Öz,\n';
    expect(await readImportFile('list.csv', Buffer.from(csv))).toEqual([
      {
        row: 2,
        values: { email: 'ayse@example.org', full_name: 'Ayşe Gül Çınar', organisation: 'Göç Derneği' },
      },
      { row: 4, values: { email: 'mehmet@example.org', full_name: 'Mehmet Öz' } },
    ]);
  });

  it('reads the first sheet of an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Participants');
    sheet.addRow(['Email', 'Full name', 'Province']);
    sheet.addRow(['fatma@example.org', 'Fatma Şen', 'Hatay']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readImportFile('list.xlsx', buffer)).toEqual([
      { row: 2, values: { email: 'fatma@example.org', full_name: 'Fatma Şen', province: 'Hatay' } },
    ]);
  });

  it('refuses a file without the required columns, naming them', async () => {
    await expect(readImportFile('list.csv', Buffer.from('name,mail\nA,b\n'))).rejects.toThrow(
      new ImportFileError(
        'The first row must name the columns; missing: email, full_name (known columns: email, full_name, organisation, province, country, gender, language)',
      ),
    );
  });

  it('refuses a damaged workbook with a plain message', async () => {
    await expect(readImportFile('list.xlsx', Buffer.from('not a zip'))).rejects.toThrow(
      'could not be read as an Excel workbook',
    );
  });
});
