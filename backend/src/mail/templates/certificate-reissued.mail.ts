import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface CertificateReissuedFacts {
  fullName: string;
  trainingTitle: string;
  serial: string;
  replacedSerial: string;
  verificationUrl: string;
  link: string;
}

/** A corrected certificate replacing an earlier one, which no longer verifies. */
export function certificateReissuedMail(language: Language, facts: CertificateReissuedFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Sertifikanız yeniden düzenlendi: ${facts.trainingTitle}`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” sertifikanız düzeltilerek yeniden düzenlendi (yeni seri no. ${facts.serial}). Önceki sertifika (${facts.replacedSerial}) artık geçerli değildir.`,
        `Yeni PDF’i sertifikalarım sayfasından indirebilirsiniz. Doğrulama adresi: ${facts.verificationUrl}`,
      ],
      link: { label: 'Sertifikalarım', url: facts.link },
    });
  }
  return layOut(language, {
    subject: `Your certificate was re-issued: ${facts.trainingTitle}`,
    fullName: facts.fullName,
    paragraphs: [
      `Your certificate for “${facts.trainingTitle}” was corrected and re-issued (new serial ${facts.serial}). The earlier one (${facts.replacedSerial}) is no longer valid.`,
      `Download the new PDF under My certificates. It can be verified at: ${facts.verificationUrl}`,
    ],
    link: { label: 'My certificates', url: facts.link },
  });
}
