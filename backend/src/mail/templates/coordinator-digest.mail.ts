import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface CoordinatorDigestFacts {
  fullName: string;
  /** Enrolment requests waiting for approval, across sessions. */
  applications: number;
  /** Sessions ended with participants holding no certificate yet. */
  sessionsReady: number;
  link: string;
  unsubscribe: string;
}

/** A coordinator's daily digest: requests waiting and sessions ready for certificates. */
export function coordinatorDigestMail(language: Language, facts: CoordinatorDigestFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: 'Atölye günlük özeti',
      fullName: facts.fullName,
      paragraphs: [
        `Onay bekleyen katılım istekleri: ${facts.applications}.`,
        `Sertifikaya hazır oturumlar: ${facts.sessionsReady}.`,
        'Her birine Atölye ana sayfanızdan ulaşabilirsiniz.',
      ],
      link: { label: 'Ana sayfa', url: facts.link },
      unsubscribe: facts.unsubscribe,
    });
  }
  return layOut(language, {
    subject: 'Atölye daily digest',
    fullName: facts.fullName,
    paragraphs: [
      `Enrolment requests waiting for approval: ${facts.applications}.`,
      `Sessions ready for certificates: ${facts.sessionsReady}.`,
      'Each is one click away on your Atölye home page.',
    ],
    link: { label: 'Home', url: facts.link },
    unsubscribe: facts.unsubscribe,
  });
}
