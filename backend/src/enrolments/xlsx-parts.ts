import { loadArchiver } from '../common/archiver';
import { PassThrough, type Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** No part of an enrolment workbook comes near this; a sheet of 20,000 participants is about 3 MB. */
export const MAX_XLSX_PART_BYTES = 20 * 1024 * 1024;
export const MAX_XLSX_TOTAL_BYTES = 50 * 1024 * 1024;

/** A workbook that unpacks to more than the limits: a zip bomb, or far more than a list of people. */
export class WorkbookTooLargeError extends Error {}

/** A file that is not a readable zip (damaged, encrypted, not a workbook at all). */
export class WorkbookUnreadableError extends Error {}

/** The parts the importer reads, in the order its streaming reader wants them: strings before sheets. */
const PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/sharedStrings.xml',
];
const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function tooLarge(name: string, bytes: number, limit: number): WorkbookTooLargeError {
  return new WorkbookTooLargeError(
    `The workbook unpacks to more than ${megabytes(limit)} (${name}: ${megabytes(bytes)} or more)`,
  );
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
      outcome();
    };
    const onEntry = (entry: Entry) => settle(() => resolve(entry));
    const onEnd = () => settle(() => resolve(null));
    const onError = (error: Error) => settle(() => reject(error));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/**
 * Inflates one part, stopping as soon as it passes what its header declared (yauzl checks that)
 * or the limit: a header that lies about the size cannot make us inflate more.
 */
async function inflate(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_XLSX_PART_BYTES) throw tooLarge(entry.fileName, size, MAX_XLSX_PART_BYTES);
      chunks.push(chunk);
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof WorkbookTooLargeError) throw error;
    // yauzl: "too many bytes in the stream" — the data inflates to more than the header says.
    if (/too many bytes/i.test(String(error))) throw tooLarge(entry.fileName, size, entry.uncompressedSize);
    throw new WorkbookUnreadableError(String(error));
  }
  return Buffer.concat(chunks);
}

/**
 * Reads the sizes every part declares from the zip's central directory before inflating any,
 * refuses a workbook over the limits, then inflates only the parts the importer reads.
 */
async function checkedParts(bytes: Buffer): Promise<Map<string, Buffer>> {
  let zip: ZipFile;
  try {
    // Kept open after the listing, to inflate the parts chosen from it.
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      validateEntrySizes: true,
      autoClose: false,
    });
  } catch (error) {
    throw new WorkbookUnreadableError(String(error));
  }
  const entries: Entry[] = [];
  let total = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      total += entry.uncompressedSize;
      if (entry.uncompressedSize > MAX_XLSX_PART_BYTES)
        throw tooLarge(entry.fileName, entry.uncompressedSize, MAX_XLSX_PART_BYTES);
      if (total > MAX_XLSX_TOTAL_BYTES) throw tooLarge('all parts', total, MAX_XLSX_TOTAL_BYTES);
      if (PARTS.includes(entry.fileName) || SHEET.test(entry.fileName)) entries.push(entry);
    }
    const parts = new Map<string, Buffer>();
    for (const entry of entries) parts.set(entry.fileName, await inflate(zip, entry));
    return parts;
  } catch (error) {
    if (error instanceof WorkbookTooLargeError || error instanceof WorkbookUnreadableError) throw error;
    throw new WorkbookUnreadableError(String(error));
  } finally {
    zip.close();
  }
}

/**
 * The parts of an XLSX file an importer needs, checked against the size limits, as a new zip
 * stream (stored, strings before sheets) for a streaming reader. Re-packing means the reader
 * sees exactly the parts checked here, not whatever else a crafted file might hide between them.
 */
export async function checkedWorkbookStream(bytes: Buffer): Promise<Readable> {
  const parts = await checkedParts(bytes);
  const archive = loadArchiver()('zip', { store: true });
  const output = new PassThrough();
  archive.on('error', (error) => output.destroy(error));
  archive.pipe(output);
  const sheets = [...parts.keys()].filter((name) => SHEET.test(name)).sort();
  for (const name of [...PARTS, ...sheets]) {
    const data = parts.get(name);
    if (data) archive.append(data, { name });
  }
  void archive.finalize();
  return output;
}
