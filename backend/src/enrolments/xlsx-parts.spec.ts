import archiver from 'archiver';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import yauzl, { type Entry } from 'yauzl';
import { ImportFileTooLargeError, readImportFile } from './import-file-reader';
import { MAX_XLSX_PART_BYTES } from './xlsx-parts';

/** `size` bytes of one repeated byte, produced as the zip is written: tiny once deflated. */
function repeated(size: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let left = size;
  return new Readable({
    read() {
      const next = Math.min(left, chunk.length);
      left -= next;
      this.push(next > 0 ? chunk.subarray(0, next) : null);
    },
  });
}

async function zipOf(entries: { name: string; data: Buffer | Readable }[]): Promise<Buffer> {
  const archive = archiver('zip', { zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => archive.on('end', resolve));
  for (const entry of entries) archive.append(entry.data, { name: entry.name });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** The parts of a real workbook of one participant, with one part replaced. */
async function workbookWith(name: string, data: Buffer | Readable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Participants').addRows([
    ['email', 'full_name'],
    ['zeynep@example.org', 'Zeynep Arslan'],
  ]);
  const real = Buffer.from(await workbook.xlsx.writeBuffer());
  const zip = await yauzl.fromBufferPromise(real, { autoClose: false, lazyEntries: true });
  const entries: { name: string; data: Buffer }[] = [];
  // yauzl 3 iterates entries with eachEntry(), which its published types do not list yet.
  for await (const entry of (zip as unknown as { eachEntry(): AsyncIterable<Entry> }).eachEntry()) {
    if (entry.fileName === name) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  zip.close();
  return zipOf([...entries, { name, data }]);
}

/** Makes the central directory say `declared` bytes for the named part, whatever its data inflates to. */
function lieAboutSize(zip: Buffer, name: string, declared: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at--) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.subarray(at + 46, at + 46 + nameLength).toString() === name) {
      copy.writeUInt32LE(declared, at + 24);
      return copy;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}

describe('reading an XLSX import that unpacks to far more than it weighs', () => {
  it('refuses a sheet declared over the limit before inflating it', async () => {
    const bomb = await workbookWith('xl/worksheets/sheet1.xml', repeated(200 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    await expect(readImportFile('list.xlsx', bomb)).rejects.toThrow(ImportFileTooLargeError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  }, 60_000);

  it('stops inflating a part whose header lies about its size', async () => {
    const honest = await workbookWith('xl/sharedStrings.xml', repeated(MAX_XLSX_PART_BYTES * 2));
    const lying = lieAboutSize(honest, 'xl/sharedStrings.xml', 4096);
    const before = process.memoryUsage().rss;
    await expect(readImportFile('list.xlsx', lying)).rejects.toThrow(ImportFileTooLargeError);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  }, 60_000);

  it('still reads a workbook within the limits, row by row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Participants');
    sheet.addRow(['email', 'full_name']);
    for (let i = 1; i <= 3000; i++) sheet.addRow([`person${i}@example.org`, `Kişi ${i}`]);
    // Only the first sheet is imported, as before; the others are read past.
    workbook.addWorksheet('Notes').addRow(['not the participants']);
    const rows = await readImportFile('list.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows).toHaveLength(3000);
    expect(rows[2999]).toEqual({
      row: 3001,
      values: { email: 'person3000@example.org', full_name: 'Kişi 3000' },
    });
  });
});
