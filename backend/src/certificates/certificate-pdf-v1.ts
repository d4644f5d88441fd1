import { newPdfDocument } from '../common/pdf/pdfkit';
import QRCode from 'qrcode';
import type { Language } from '@atolye/shared';
import { pdfFonts } from '../common/pdf/pdf-fonts';
import type { CertificateEntity } from './certificate.entity';

const WORDS: Record<
  Language,
  {
    heading: string;
    certifies: string;
    completed: string;
    dates: string;
    hours: string;
    modules: string;
    serial: string;
    issued: string;
    verify: string;
  }
> = {
  en: {
    heading: 'Certificate of Completion',
    certifies: 'This is to certify that',
    completed: 'has completed the training',
    dates: 'Dates',
    hours: 'hours',
    modules: 'Modules',
    serial: 'Serial number',
    issued: 'Issued on',
    verify: 'Verify at',
  },
  tr: {
    heading: 'Katılım Sertifikası',
    certifies: 'Bu belge,',
    completed: 'adlı katılımcının aşağıdaki eğitimi tamamladığını onaylar',
    dates: 'Tarihler',
    hours: 'saat',
    modules: 'Modüller',
    serial: 'Seri numarası',
    issued: 'Düzenlenme tarihi',
    verify: 'Doğrulama',
  },
};

/** One formatter per language, made once: building an Intl formatter costs more than using it. */
const DATE: Record<Language, Intl.DateTimeFormat> = {
  en: dateFormat('en-GB'),
  tr: dateFormat('tr-TR'),
};

function dateFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Istanbul',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

function dayText(iso: string | null, language: Language): string {
  return iso ? DATE[language === 'tr' ? 'tr' : 'en'].format(new Date(`${iso}T12:00:00Z`)) : '';
}

/**
 * The fonts by the names the document knows them by. It opens with DejaVu Sans, which PDFKit
 * files under its PostScript name: choosing it by that name reuses it, where a registered alias
 * would have PDFKit open the font again and compare it with itself at every switch.
 */
const FONT = { regular: 'DejaVuSans', bold: 'bold' } as const;

/**
 * Render version 1, kept unchanged so certificates issued with it render to their stored hash:
 * do not edit; new layouts go in a new version (see certificate-renderer.ts).
 *
 * Renders a certificate as an A4 landscape PDF in the training's languages. Everything comes
 * from the stored record and the dates in the file are the issue date, so the same record
 * always gives the same bytes (and the same SHA-256).
 */
export function renderCertificateV1(
  certificate: CertificateEntity,
  verificationUrl: string,
): Promise<Buffer> {
  const fonts = pdfFonts();
  const issued = certificate.issuedAt;
  const doc = newPdfDocument({
    size: 'A4',
    layout: 'landscape',
    // Starting with DejaVu spares PDFKit loading its default Helvetica metrics for every document.
    font: fonts.regular as unknown as string,
    margin: 50,
    compress: true,
    info: {
      Title: `${certificate.serial} — ${certificate.holderName}`,
      Author: certificate.issuer,
      Producer: 'Atölye',
      Creator: 'Atölye',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const width = doc.page.width;
  const height = doc.page.height;
  doc
    .lineWidth(3)
    .strokeColor('#1d4e89')
    .rect(25, 25, width - 50, height - 50)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(33, 33, width - 66, height - 66)
    .stroke();

  const languages = certificate.languages.length ? certificate.languages : (['en'] as Language[]);
  const [primary, secondary] = languages;
  const both = (pick: (language: Language) => string) => languages.map(pick).join(' / ');
  const text = (value: string, font: 'regular' | 'bold', size: number, color = '#1b1b1b', gap = 0.4) => {
    doc
      .font(FONT[font])
      .fontSize(size)
      .fillColor(color)
      .text(value, 60, undefined, { width: width - 120, align: 'center' });
    doc.moveDown(gap);
  };

  doc.y = 70;
  text(WORDS[primary].heading, 'bold', 28, '#1d4e89', 0.1);
  if (secondary) text(WORDS[secondary].heading, 'regular', 16, '#1d4e89');
  doc.moveDown(0.5);
  text(
    both((l) => WORDS[l].certifies),
    'regular',
    12,
    '#444444',
  );
  text(certificate.holderName, 'bold', 26);
  text(
    both((l) => WORDS[l].completed),
    'regular',
    12,
    '#444444',
  );
  text(certificate.trainingTitle[primary] ?? '', 'bold', 18, '#1d4e89', 0.1);
  if (secondary && certificate.trainingTitle[secondary])
    text(certificate.trainingTitle[secondary] ?? '', 'regular', 14, '#1d4e89');
  doc.moveDown(0.3);
  const dates = `${dayText(certificate.startsOn, primary)} – ${dayText(certificate.endsOn, primary)}`;
  text(
    `${certificate.sessionTitle} · ${certificate.place} · ${dates} · ${certificate.hours} ${both((l) => WORDS[l].hours)}`,
    'regular',
    11,
  );
  const modules = certificate.modules.map((m) => m.title[primary] ?? m.title.en ?? '').join(' · ');
  text(`${both((l) => WORDS[l].modules)}: ${modules}`, 'regular', 9, '#444444');

  // Signature block, bottom left.
  const bottom = height - 150;
  doc
    .moveTo(80, bottom + 40)
    .lineTo(300, bottom + 40)
    .lineWidth(0.8)
    .strokeColor('#1b1b1b')
    .stroke();
  doc
    .font(FONT.bold)
    .fontSize(11)
    .fillColor('#1b1b1b')
    .text(certificate.signatoryName, 80, bottom + 46, { width: 260 });
  doc.font(FONT.regular).fontSize(9).text(certificate.signatoryTitle, 80, undefined, { width: 260 });
  doc.text(certificate.issuer, 80, undefined, { width: 260 });
  doc
    .fontSize(9)
    .text(`${both((l) => WORDS[l].serial)}: ${certificate.serial}`, 80, bottom - 10, { width: 300 });
  doc.text(
    `${both((l) => WORDS[l].issued)}: ${dayText(issued.toISOString().slice(0, 10), primary)}`,
    80,
    undefined,
    { width: 300 },
  );

  // QR code of the verification page, bottom right, with the code beneath.
  const qr = QRCode.create(verificationUrl, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const cell = 96 / size;
  const left = width - 80 - 96;
  const top = bottom - 20;
  doc.fillColor('#000000');
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (qr.modules.get(row, column)) doc.rect(left + column * cell, top + row * cell, cell, cell);
    }
  }
  doc.fill();
  doc
    .font(FONT.regular)
    .fontSize(7)
    .fillColor('#1b1b1b')
    .text(`${both((l) => WORDS[l].verify)}:`, left - 40, top + 100, { width: 176, align: 'center' });
  doc
    .font(FONT.bold)
    .fontSize(8)
    .text(certificate.verificationCode, left - 40, undefined, { width: 176, align: 'center' });
  doc.end();
  return done;
}
