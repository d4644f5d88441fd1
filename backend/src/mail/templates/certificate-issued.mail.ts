import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface CertificateIssuedFacts {
  fullName: string;
  trainingTitle: string;
  serial: string;
  verificationUrl: string;
  link: string;
}

export function certificateIssuedMail(language: Language, facts: CertificateIssuedFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Sertifikanız hazır: ${facts.trainingTitle}`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” eğitimini tamamladığınız için sertifikanız düzenlendi (seri no. ${facts.serial}).`,
        `PDF dosyasını Atölye’de sertifikalarım sayfasından indirebilirsiniz. Herkes sertifikayı şu adresten doğrulayabilir: ${facts.verificationUrl}`,
      ],
      link: { label: 'Sertifikalarım', url: facts.link },
    });
  }
  return layOut(language, {
    subject: `Your certificate is ready: ${facts.trainingTitle}`,
    fullName: facts.fullName,
    paragraphs: [
      `Your certificate for completing “${facts.trainingTitle}” has been issued (serial no. ${facts.serial}).`,
      `Download the PDF from My certificates in Atölye. Anyone can verify it at ${facts.verificationUrl}`,
    ],
    link: { label: 'My certificates', url: facts.link },
  });
}
