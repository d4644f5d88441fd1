import { BadRequestException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { LOGFRAME_EVIDENCE_MAX_BYTES, type FieldError } from '@atolye/shared';

export interface EvidenceFile {
  sha256: string;
  mediaType: string;
  bytes: Buffer;
}

const DATA_URL = /^data:([a-z0-9.+/-]+);base64,([A-Za-z0-9+/]+={0,2})$/;

/** What each kept type's bytes start with: the declared type must be what the file is. */
const MAGIC: Record<string, { name: string; start: Buffer }> = {
  'application/pdf': { name: 'PDF', start: Buffer.from('%PDF-') },
  'image/png': { name: 'PNG', start: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  'image/jpeg': { name: 'JPEG', start: Buffer.from([0xff, 0xd8, 0xff]) },
  // An XLSX workbook is a ZIP archive.
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    name: 'XLSX',
    start: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  },
};

function refuse(field: string, reason: string): never {
  const details: FieldError[] = [{ field, reason }];
  throw new BadRequestException({ message: `${field}: ${reason}`, details });
}

/**
 * An uploaded evidence file, checked before it is kept: a `data:` URL of a PDF, PNG, JPEG or
 * XLSX whose bytes are what the URL says, no larger than the limit.
 */
export function parseEvidence(field: string, dataUrl: string): EvidenceFile {
  const match = DATA_URL.exec(dataUrl);
  if (!match) refuse(field, 'must be a file read as a data: URL');
  const mediaType = match[1];
  const magic = MAGIC[mediaType];
  if (!magic) refuse(field, 'must be a PDF, a PNG or JPEG image, or an XLSX spreadsheet');
  const bytes = Buffer.from(match[2], 'base64');
  if (bytes.length > LOGFRAME_EVIDENCE_MAX_BYTES)
    refuse(
      field,
      `is ${Math.ceil(bytes.length / 1024)} KB; evidence files may be at most ${LOGFRAME_EVIDENCE_MAX_BYTES / 1024} KB`,
    );
  if (!bytes.subarray(0, magic.start.length).equals(magic.start))
    refuse(field, `is not a ${magic.name} file`);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), mediaType, bytes };
}
