import { BadRequestException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CERTIFICATE_IMAGE_MAX_BYTES, CERTIFICATE_IMAGE_TYPES, type FieldError } from '@atolye/shared';
import { newPdfDocument } from '../../common/pdf/pdfkit';

export interface CertificateImage {
  sha256: string;
  mediaType: (typeof CERTIFICATE_IMAGE_TYPES)[number];
  bytes: Buffer;
}

const DATA_URL = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

function refuse(field: string, reason: string): never {
  const details: FieldError[] = [{ field, reason }];
  throw new BadRequestException({ message: `${field}: ${reason}`, details });
}

/**
 * An uploaded logo or signature, checked before it is kept: a PNG or JPEG `data:` URL whose
 * bytes are what the URL says, no larger than the limit, and one PDFKit can draw — so issuing
 * can never fail on an image later.
 */
export function parseCertificateImage(field: string, dataUrl: string): CertificateImage {
  const match = DATA_URL.exec(dataUrl);
  if (!match) refuse(field, 'must be a PNG or JPEG image (a data:image/png or data:image/jpeg URL)');
  const mediaType = match[1] as CertificateImage['mediaType'];
  const bytes = Buffer.from(match[2], 'base64');
  if (bytes.length > CERTIFICATE_IMAGE_MAX_BYTES)
    refuse(
      field,
      `is ${Math.ceil(bytes.length / 1024)} KB; images may be at most ${CERTIFICATE_IMAGE_MAX_BYTES / 1024} KB`,
    );
  const magic = mediaType === 'image/png' ? PNG : JPEG;
  if (!bytes.subarray(0, magic.length).equals(magic))
    refuse(field, `is not a ${mediaType === 'image/png' ? 'PNG' : 'JPEG'} file`);
  try {
    // openImage is PDFKit's own check of the bytes it will embed (not in its type definitions).
    (newPdfDocument({ autoFirstPage: false }) as unknown as { openImage(src: Buffer): unknown }).openImage(
      bytes,
    );
  } catch {
    refuse(field, 'could not be read as an image; save it again as PNG or JPEG');
  }
  return { sha256: createHash('sha256').update(bytes).digest('hex'), mediaType, bytes };
}

export function dataUrl(mediaType: string, bytes: Buffer): string {
  return `data:${mediaType};base64,${bytes.toString('base64')}`;
}
