import type { Response } from 'express';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  ics: 'text/calendar; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Sends a generated file as a download, its type taken from the file name's extension. */
export function sendDownload(response: Response, fileName: string, bytes: Buffer | string): void {
  const extension = fileName.split('.').pop() ?? '';
  response
    .type(TYPES[extension] ?? 'application/octet-stream')
    .attachment(fileName)
    .send(bytes);
}
