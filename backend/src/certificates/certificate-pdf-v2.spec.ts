import { createHash } from 'node:crypto';
import { readPdf, type TextItem } from '../common/pdf/pdf-inspection';
import { sampleCertificate } from '../../test/support/sample-certificate';
import { renderCertificateV2 } from './certificate-pdf-v2';
import type { RenderTemplate } from './templates/stored-template';
import { solidPng } from '../../test/support/solid-png';

const certificate = () => sampleCertificate({ renderVersion: 2 });

function template(changes: Partial<RenderTemplate> = {}): RenderTemplate {
  return {
    wording: 'completion',
    programmeLogo: { image: solidPng(40, 16, [29, 78, 137]), name: 'Atölye Programme' },
    partnerLogos: [{ image: solidPng(30, 15, [200, 40, 40]), name: 'Göç Araştırmaları Derneği' }],
    signatories: [
      {
        name: 'Elif Şahin',
        title: 'Eğitim Programı Koordinatörü',
        signature: solidPng(60, 20, [10, 10, 60]),
      },
      { name: 'Jan de Vries', title: 'Team Leader', signature: null },
    ],
    euFunded: true,
    ...changes,
  };
}

const URL = 'https://atolye.example/verify/q3V0x2pQm9tYbXr4Lk8s1A';

/** Pairs of words printed over each other on the page. */
function overlaps(items: TextItem[]): string[] {
  return items.flatMap((a, i) =>
    items
      .slice(i + 1)
      .filter(
        (b) =>
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1 &&
          Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1,
      )
      .map((b) => `"${a.text}" / "${b.text}"`),
  );
}

describe(renderCertificateV2.name, () => {
  it('renders the same bytes every time, so the stored SHA-256 can be checked', async () => {
    const [a, b] = await Promise.all([
      renderCertificateV2(certificate(), template(), URL),
      renderCertificateV2(certificate(), template(), URL),
    ]);
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
    expect(a.length).toBeLessThan(120 * 1024);
  });

  it('prints the full verification address, the same title in both languages and dates in each language', async () => {
    const { text, pages } = await readPdf(await renderCertificateV2(certificate(), template(), URL));
    expect(pages).toBe(1);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      URL,
      'Tamamlama Sertifikası',
      'Certificate of Completion',
      'Gülşen İnceoğlu Çırağan',
      'Tarihler: 2 Mart 2027 – 4 Mart 2027',
      'Dates: 2 March 2027 – 4 March 2027',
      '10,5 saat',
      '10.5 hours',
      'Düzenlenme tarihi: 5 Mart 2027',
      'Issued on: 5 March 2027',
      'Elif Şahin',
      'Jan de Vries',
      'Avrupa Birliği tarafından finanse edilmektedir',
      'Funded by the European Union',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).not.toContain('Katılım');
  });

  it.each([
    ['participation', 'Katılım Sertifikası', 'Certificate of Participation'],
    ['attendance', 'Devam Belgesi', 'Certificate of Attendance'],
  ] as const)('titles a %s certificate in both languages', async (wording, tr, en) => {
    const { text } = await readPdf(await renderCertificateV2(certificate(), template({ wording }), URL));
    expect(text).toContain(tr);
    expect(text).toContain(en);
  });

  it('leaves the EU block out when the training is not EU-funded', async () => {
    const { text, elements } = await readPdf(
      await renderCertificateV2(certificate(), template({ euFunded: false }), URL),
    );
    expect(text).not.toContain('European Union');
    expect(elements.map((e) => e.alt)).not.toContain('Avrupa Birliği bayrağı');
  });

  it('is a tagged PDF: title, language, headings, and every image with alternative text', async () => {
    const reading = await readPdf(await renderCertificateV2(certificate(), template(), URL));
    expect(reading.title).toBe('Tamamlama Sertifikası — Gülşen İnceoğlu Çırağan');
    expect(reading.language).toBe('tr-TR');
    const roles = reading.elements.map((e) => e.role);
    expect(roles).toContain('Document');
    expect(roles).toContain('H1');
    expect(roles).toContain('H2');
    const figures = reading.elements.filter((e) => e.role === 'Figure').map((e) => e.alt);
    expect(figures).toEqual(
      expect.arrayContaining([
        'Atölye Programme',
        'Göç Araştırmaları Derneği',
        'Elif Şahin imzası',
        `${URL} adresine götüren karekod`,
        'Avrupa Birliği bayrağı',
      ]),
    );
    expect(figures.every((alt) => typeof alt === 'string' && alt.length > 0)).toBe(true);
  });

  it('prints nothing over anything else and stays on one page, however long the name and titles', async () => {
    const long = Object.assign(certificate(), {
      holderName: 'Ayşegül Nur Karadeniz-Büyükçekmeceli Hacıoğlu Abdurrahmanoğulları',
      trainingTitle: {
        en: 'Working with people in need of international protection: identification, referral, case management and psychosocial first aid in a multi-agency setting',
        tr: 'Uluslararası koruma ihtiyacı olan kişilerle çalışmak: tespit, yönlendirme, vaka yönetimi ve çok paydaşlı ortamda psikososyal ilk yardım',
      },
      sessionTitle: 'Gaziantep — yüz yüze kurs, Şahinbey Belediyesi Kültür Merkezi toplantı salonu',
      modules: Array.from({ length: 8 }, (_, i) => ({
        title: { en: `Module ${i + 1}: a long title`, tr: `Modül ${i + 1}: uzun bir başlık` },
        version: '1.0.0',
      })),
    });
    const reading = await readPdf(await renderCertificateV2(long, template(), URL));
    expect(reading.pages).toBe(1);
    expect(overlaps(reading.items)).toEqual([]);
  });
});
