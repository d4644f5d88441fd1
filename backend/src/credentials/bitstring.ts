import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The Bitstring Status List encoding (W3C, §3.1): bit 0 is the most significant bit of the first
 * byte; the bytes are GZIP-compressed and written as multibase base64url (prefix `u`).
 * Written out here because `@digitalbazaar/bitstring` is published as ES modules only, which the
 * CommonJS API and its test runner cannot load; the spec's test vectors check it (bitstring.spec.ts).
 */
export const STATUS_LIST_LENGTH = 131_072;

export function encodeStatusList(setBits: Iterable<number>, length = STATUS_LIST_LENGTH): string {
  const bytes = Buffer.alloc(length / 8);
  for (const index of setBits) {
    if (!Number.isInteger(index) || index < 0 || index >= length)
      throw new RangeError(`Status list index ${index} is outside 0..${length - 1}`);
    bytes[index >> 3] |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** The bit at `index` of an encoded list, or null when the list is not a valid encoding. */
export function statusBit(encodedList: string, index: number): boolean | null {
  if (!encodedList.startsWith('u')) return null;
  let bytes: Buffer;
  try {
    bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  } catch {
    // Not GZIP data: a list that was altered or is not one.
    return null;
  }
  if (!Number.isInteger(index) || index < 0 || index >= bytes.length * 8) return null;
  return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
