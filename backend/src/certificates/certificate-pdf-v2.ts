import QRCode from 'qrcode';
import type { Language } from '@atolye/shared';
import { drawEuEmblem } from '../common/pdf/eu-emblem';
import { artifact, FONT, LANGUAGE_TAG, tag, taggedDocument } from '../common/pdf/tagged-document';
import { dayText, numberText, TITLE_WORDS, WORDS } from './certificate-words';
import type { CertificateEntity } from './certificate.entity';
import type { RenderTemplate } from './templates/stored-template';

const BLUE = '#1d4e89';
const INK = '#1b1b1b';
const GREY = '#444444';

/** A line of the certificate's middle: what it says, how it is set and how it is tagged. */
interface Line {
  type: string;
  text: string;
  font: keyof typeof FONT;
  size: number;
  color: string;
  /** Space after the line, in multiples of its font size. */
  gap: number;
  lang?: string;
  /** Lines after which the text ends in an ellipsis. */
  maxLines?: number;
}

/** The height a line takes at the font and size currently set. */
function lineBox(doc: PDFKit.PDFDocument, line: Line, width: number): number {
  const full = doc.heightOfString(line.text, { width, align: 'center' });
  return line.maxLines ? Math.min(full, line.maxLines * doc.currentLineHeight(true)) : full;
}

/** The height of all the lines, gaps included, at a scale of their sizes. */
function linesHeight(doc: PDFKit.PDFDocument, lines: Line[], scale: number, width: number): number {
  return lines.reduce((total, line) => {
    doc.font(FONT[line.font]).fontSize(line.size * scale);
    return total + lineBox(doc, line, width) + line.gap * line.size * scale;
  }, 0);
}

/** The day a certificate was issued, in the programme's time zone. */
const ISSUE_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul' });

/**
 * Render version 2: an A4 landscape, tagged PDF in the training's languages, laid out by the
 * training's certificate template (title wording, logos, one or two signatories, the EU
 * acknowledgement), with the full verification address beside the QR code. Everything comes
 * from the stored record and its template copy, and the file's dates are the issue date, so the
 * same record always gives the same bytes.
 */
export function renderCertificateV2(
  certificate: CertificateEntity,
  template: RenderTemplate,
  verificationUrl: string,
): Promise<Buffer> {
  const languages = certificate.languages.length ? certificate.languages : (['en'] as Language[]);
  const [primary, secondary] = languages;
  const title = TITLE_WORDS[template.wording];
  const { doc, root, finish } = taggedDocument({
    title: `${title[primary].heading} — ${certificate.holderName}`,
    language: primary,
    layout: 'landscape',
    margin: 50,
    author: certificate.issuer,
    createdAt: certificate.issuedAt,
  });
  const width = doc.page.width;
  const height = doc.page.height;
  const both = (pick: (language: Language) => string) => languages.map(pick).join(' / ');
  const inOther = (language: Language) => (language === primary ? {} : { lang: LANGUAGE_TAG[language] });

  artifact(doc, () => {
    doc
      .lineWidth(3)
      .strokeColor(BLUE)
      .rect(25, 25, width - 50, height - 50)
      .stroke();
    doc
      .lineWidth(0.8)
      .rect(33, 33, width - 66, height - 66)
      .stroke();
  });

  // Logos: the programme's on the left, partners' on the right, each read out by its name.
  if (template.programmeLogo) {
    const logo = template.programmeLogo;
    tag(doc, root, 'Figure', () => doc.image(logo.image, 60, 45, { fit: [160, 55], valign: 'center' }), {
      alt: logo.name,
    });
  }
  let right = width - 60;
  for (const logo of [...template.partnerLogos].reverse()) {
    right -= 110;
    tag(
      doc,
      root,
      'Figure',
      () => doc.image(logo.image, right, 45, { fit: [100, 55], align: 'right', valign: 'center' }),
      { alt: logo.name },
    );
  }

  // The middle of the page, line by line, scaled down as a whole when long names or titles
  // would otherwise run into the signatures and the verification block beneath.
  const signaturesTop = height - (template.euFunded ? 205 : 165);
  const lines: Line[] = [
    { type: 'H1', text: title[primary].heading, font: 'bold', size: 26, color: BLUE, gap: 0.15 },
    ...(secondary
      ? [
          {
            type: 'H2',
            text: title[secondary].heading,
            font: 'regular',
            size: 15,
            color: BLUE,
            gap: 0.7,
            ...inOther(secondary),
          } as Line,
        ]
      : []),
    { type: 'P', text: both((l) => title[l].certifies), font: 'regular', size: 11, color: GREY, gap: 0.4 },
    { type: 'P', text: certificate.holderName, font: 'bold', size: 24, color: INK, gap: 0.3 },
    { type: 'P', text: both((l) => title[l].did), font: 'regular', size: 11, color: GREY, gap: 0.5 },
    {
      type: 'P',
      text: certificate.trainingTitle[primary] ?? '',
      font: 'bold',
      size: 17,
      color: BLUE,
      gap: 0.15,
    },
    ...(secondary && certificate.trainingTitle[secondary]
      ? [
          {
            type: 'P',
            text: certificate.trainingTitle[secondary] ?? '',
            font: 'regular',
            size: 13,
            color: BLUE,
            gap: 0.5,
            ...inOther(secondary),
          } as Line,
        ]
      : []),
    { type: 'P', text: certificate.sessionTitle, font: 'regular', size: 10, color: INK, gap: 0.3 },
    ...languages.map((language): Line => {
      const place = certificate.place === 'Online' ? WORDS[language].online : certificate.place;
      const days = `${dayText(certificate.startsOn, language)} – ${dayText(certificate.endsOn, language)}`;
      const hours = `${numberText(certificate.hours, language)} ${WORDS[language].hours}`;
      const text = `${WORDS[language].dates}: ${days} · ${place} · ${hours}`;
      return { type: 'P', text, font: 'regular', size: 9.5, color: INK, gap: 0.2, ...inOther(language) };
    }),
  ];
  const modules = certificate.modules.map((m) => m.title[primary] ?? m.title.en ?? '').join(' · ');
  if (modules)
    lines.push({
      type: 'P',
      text: `${both((l) => WORDS[l].modules)}: ${modules}`,
      font: 'regular',
      size: 8.5,
      color: GREY,
      gap: 0,
      maxLines: 2,
    });
  const top = 110;
  const room = signaturesTop - 16 - top;
  let scale = 1;
  while (scale > 0.55 && linesHeight(doc, lines, scale, width - 140) > room) scale -= 0.05;
  let y = top;
  for (const line of lines) {
    const size = line.size * scale;
    doc.font(FONT[line.font]).fontSize(size);
    const box = lineBox(doc, line, width - 140);
    const lineY = y;
    tag(
      doc,
      root,
      line.type,
      () =>
        doc.fillColor(line.color).text(line.text, 70, lineY, {
          width: width - 140,
          align: 'center',
          height: box,
          ellipsis: true,
        }),
      line.lang ? { lang: line.lang } : {},
    );
    y += box + line.gap * size;
  }

  drawSignatories(doc, root, certificate, template, primary, signaturesTop);
  drawVerification(doc, root, certificate, verificationUrl, languages, signaturesTop - 10);
  if (template.euFunded) drawEuAcknowledgement(doc, root, languages, height - 100);
  return finish();
}

function drawSignatories(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  certificate: CertificateEntity,
  template: RenderTemplate,
  primary: Language,
  top: number,
): void {
  const signatories = template.signatories.length
    ? template.signatories
    : [{ name: certificate.signatoryName, title: certificate.signatoryTitle, signature: null }];
  signatories.slice(0, 2).forEach((signatory, index) => {
    const left = 70 + index * 230;
    if (signatory.signature) {
      const image = signatory.signature;
      tag(doc, root, 'Figure', () => doc.image(image, left, top, { fit: [180, 42], valign: 'bottom' }), {
        alt: WORDS[primary].signatureOf(signatory.name),
      });
    }
    artifact(doc, () =>
      doc
        .moveTo(left, top + 46)
        .lineTo(left + 200, top + 46)
        .lineWidth(0.8)
        .strokeColor(INK)
        .stroke(),
    );
    tag(doc, root, 'P', () => {
      doc
        .font(FONT.bold)
        .fontSize(10)
        .fillColor(INK)
        .text(signatory.name, left, top + 51, { width: 210 });
      doc.font(FONT.regular).fontSize(8.5).text(signatory.title, left, undefined, { width: 210 });
      if (index === 0) doc.text(certificate.issuer, left, undefined, { width: 210 });
    });
  });
}

function drawVerification(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  certificate: CertificateEntity,
  url: string,
  languages: Language[],
  top: number,
): void {
  const width = doc.page.width;
  const size = 84;
  const left = width - 70 - size;
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = size / count;
  tag(
    doc,
    root,
    'Figure',
    () => {
      doc.fillColor('#000000');
      for (let row = 0; row < count; row++) {
        for (let column = 0; column < count; column++) {
          if (qr.modules.get(row, column)) doc.rect(left + column * cell, top + row * cell, cell, cell);
        }
      }
      doc.fill();
    },
    { alt: WORDS[languages[0]].qr(url) },
  );
  // Beside the code: what a reader without a phone types in, and what identifies the certificate.
  const textLeft = left - 200;
  const issuedOn = ISSUE_DAY.format(certificate.issuedAt);
  tag(doc, root, 'P', () => {
    doc.font(FONT.regular).fontSize(7.5).fillColor(INK);
    doc.text(`${languages.map((l) => WORDS[l].verify).join(' / ')}:`, textLeft, top, {
      width: 192,
      align: 'right',
    });
    // The address on one line where it can be: a reader types it in as printed.
    let size = 7.5;
    doc.font(FONT.bold);
    while (size > 5 && doc.fontSize(size).widthOfString(url) > 192) size -= 0.25;
    doc.text(url, textLeft, undefined, { width: 192, align: 'right' });
    doc.fontSize(7.5);
    doc.moveDown(0.4);
    doc
      .font(FONT.regular)
      .text(
        `${languages.map((l) => WORDS[l].serial).join(' / ')}: ${certificate.serial}`,
        textLeft,
        undefined,
        {
          width: 192,
          align: 'right',
        },
      );
    for (const language of languages) {
      doc.text(`${WORDS[language].issued}: ${dayText(issuedOn, language)}`, textLeft, undefined, {
        width: 192,
        align: 'right',
      });
    }
  });
}

function drawEuAcknowledgement(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  languages: Language[],
  top: number,
): void {
  const left = 70;
  const emblemHeight = 30;
  tag(doc, root, 'Figure', () => drawEuEmblem(doc, left, top, emblemHeight), {
    alt: WORDS[languages[0]].euFlag,
  });
  const textLeft = left + (emblemHeight * 3) / 2 + 10;
  const textWidth = doc.page.width - 70 - textLeft;
  languages.forEach((language, index) => {
    tag(
      doc,
      root,
      'P',
      () =>
        doc
          .font(FONT.bold)
          .fontSize(8.5)
          .fillColor(INK)
          .text(WORDS[language].funded, textLeft, index === 0 ? top + 2 : undefined, { width: textWidth }),
      language === languages[0] ? {} : { lang: LANGUAGE_TAG[language] },
    );
  });
  doc.moveDown(0.4);
  for (const language of languages) {
    tag(
      doc,
      root,
      'P',
      () =>
        doc
          .font(FONT.regular)
          .fontSize(6)
          .fillColor(GREY)
          .text(WORDS[language].disclaimer, left, undefined, { width: doc.page.width - 140 }),
      language === languages[0] ? {} : { lang: LANGUAGE_TAG[language] },
    );
  }
}
