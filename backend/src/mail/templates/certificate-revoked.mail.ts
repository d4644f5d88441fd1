import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface CertificateRevokedFacts {
  fullName: string;
  trainingTitle: string;
  serial: string;
  reason: string;
  link: string;
}

/** A certificate withdrawn by the programme, with the reason it gave. */
export function certificateRevokedMail(language: Language, facts: CertificateRevokedFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Sertifikanız iptal edildi: ${facts.trainingTitle}`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” sertifikanız (seri no. ${facts.serial}) program tarafından iptal edildi. Doğrulama sayfası artık onu iptal edilmiş olarak gösterir.`,
        `Gerekçe: ${facts.reason}`,
        'Bir yanlışlık olduğunu düşünüyorsanız program koordinatörünüze başvurun.',
      ],
      link: { label: 'Sertifikalarım', url: facts.link },
    });
  }
  return layOut(language, {
    subject: `Your certificate was revoked: ${facts.trainingTitle}`,
    fullName: facts.fullName,
    paragraphs: [
      `Your certificate for “${facts.trainingTitle}” (serial ${facts.serial}) was revoked by the programme. Its verification page now shows it as revoked.`,
      `Reason: ${facts.reason}`,
      'If you think this is a mistake, please contact your programme coordinator.',
    ],
    link: { label: 'My certificates', url: facts.link },
  });
}
