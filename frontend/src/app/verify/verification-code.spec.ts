import { codeFrom, readAsBase64 } from './verification-code';

describe('codeFrom', () => {
  it('takes a typed code as it is, without spaces around it', () => {
    expect(codeFrom('  hX3k_9-QzA  ')).toBe('hX3k_9-QzA');
  });

  it('takes the code out of a pasted verification address', () => {
    expect(codeFrom('https://atolye.example/verify/hX3k_9-QzA')).toBe('hX3k_9-QzA');
    expect(codeFrom('https://atolye.example/verify/hX3k_9-QzA?utm=x')).toBe('hX3k_9-QzA');
  });
});

describe('readAsBase64', () => {
  it('gives the bytes of a file as plain base64', async () => {
    await expect(readAsBase64(new Blob(['%PDF-1.7'], { type: 'application/pdf' }))).resolves.toBe(
      btoa('%PDF-1.7'),
    );
  });
});
