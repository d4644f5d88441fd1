import { createHash } from 'node:crypto';
import { sampleCertificate } from '../../test/support/sample-certificate';
import { renderCertificateV1 as renderCertificate } from './certificate-pdf-v1';

// pdf-parse has no types; it returns the text of every page.
const pdfParse: (data: Buffer) => Promise<{ text: string; numpages: number }> = require('pdf-parse');

const certificate = () => sampleCertificate();

describe(renderCertificate.name, () => {
  it('renders the same bytes every time, so the stored SHA-256 can be checked', async () => {
    const [a, b] = await Promise.all([
      renderCertificate(certificate(), 'https://atolye.example/verify/x'),
      renderCertificate(certificate(), 'https://atolye.example/verify/x'),
    ]);
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a.length).toBeLessThan(100 * 1024);
  });

  it('renders byte for byte what it rendered when certificates were first issued, so stored hashes keep matching', async () => {
    // Any change to the bytes — a layout tweak or a PDFKit upgrade — makes earlier certificates
    // fail their hash check; such a change needs a plan for the certificates already issued.
    const pdf = await renderCertificate(
      certificate(),
      'https://atolye.example/verify/q3V0x2pQm9tYbXr4Lk8s1A',
    );
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(
      '637b8304d390e0ee6f05f8e098e6e1f56b50a0fbc51fd9b477e5a937694a0b87',
    );
  });

  it('embeds fonts so Turkish letters extract correctly, in the training’s languages', async () => {
    const { text, numpages } = await pdfParse(
      await renderCertificate(certificate(), 'https://atolye.example/verify/x'),
    );
    expect(numpages).toBe(1);
    for (const expected of [
      'Gülşen İnceoğlu Çırağan',
      'Katılım Sertifikası',
      'Certificate of Completion',
      'Uluslararası koruma ihtiyacı olan kişilerle çalışmak',
      'ATL-2027-000042',
      'q3V0x2pQm9tYbXr4Lk8s1A',
      'Elif Şahin',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('changes when anything printed changes', async () => {
    const renamed = Object.assign(certificate(), { holderName: 'Gulsen Inceoglu' });
    const [a, b] = await Promise.all([
      renderCertificate(certificate(), 'u'),
      renderCertificate(renamed, 'u'),
    ]);
    expect(a.equals(b)).toBe(false);
  });
});
