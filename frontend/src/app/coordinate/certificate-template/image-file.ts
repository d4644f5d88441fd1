import { CERTIFICATE_IMAGE_MAX_BYTES, CERTIFICATE_IMAGE_TYPES } from '@atolye/shared';

export type ImageProblem = 'type' | 'size';

/** Why a chosen file cannot be a logo or signature, checked before it is sent; null when it can. */
export function imageProblem(file: { type: string; size: number }): ImageProblem | null {
  if (!(CERTIFICATE_IMAGE_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > CERTIFICATE_IMAGE_MAX_BYTES) return 'size';
  return null;
}

/** The file as a `data:` URL, as the API takes images. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
