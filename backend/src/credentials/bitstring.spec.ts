import { gunzipSync } from 'node:zlib';
import { encodeStatusList, STATUS_LIST_LENGTH, statusBit } from './bitstring';

describe('status list bitstring', () => {
  it('sets the most significant bit of the first byte for index 0, as the spec numbers bits', () => {
    const encoded = encodeStatusList([0, 9], 16);
    const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect([...bytes]).toEqual([0b1000_0000, 0b0100_0000]);
  });

  it('reads back exactly the bits that were set, in a list of the spec minimum size', () => {
    const encoded = encodeStatusList([3, 131_071]);
    expect(encoded.startsWith('u')).toBe(true);
    expect(statusBit(encoded, 3)).toBe(true);
    expect(statusBit(encoded, 131_071)).toBe(true);
    expect(statusBit(encoded, 4)).toBe(false);
    expect(statusBit(encoded, 0)).toBe(false);
  });

  it('decodes the empty 16 KB list given as an example in the Bitstring Status List spec', () => {
    // The spec's example value for a list with no bit set.
    const example = 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA';
    expect(statusBit(example, 0)).toBe(false);
    expect(statusBit(example, STATUS_LIST_LENGTH - 1)).toBe(false);
  });

  it('refuses an index outside the list when encoding, and reads none from data that is not a list', () => {
    expect(() => encodeStatusList([STATUS_LIST_LENGTH])).toThrow(/outside/);
    expect(statusBit('unot-gzip', 0)).toBeNull();
    expect(statusBit('zabc', 0)).toBeNull();
    expect(statusBit(encodeStatusList([], 16), 16)).toBeNull();
  });
});
