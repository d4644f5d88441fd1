import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface FollowUpDueFacts {
  fullName: string;
  trainingTitle: string;
  sessionTitle: string;
  /** Months since the session's last meeting: 3 or 6. */
  wave: number;
  link: string;
  unsubscribe: string;
}

/** 3 and 6 months after a session: a short survey on what the training changed. */
export function followUpDueMail(language: Language, facts: FollowUpDueFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `${facts.wave} ay sonra: ${facts.trainingTitle} işinize yaradı mı?`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumunun üzerinden ${facts.wave} ay geçti. Öğrendiklerinizi kullanıp kullanmadığınızı ve kurumunuzda neyin değiştiğini üç kısa soruyla sormak istiyoruz. Anket 30 gün açık kalır.`,
      ],
      link: { label: 'Anketi yanıtlayın', url: facts.link },
      unsubscribe: facts.unsubscribe,
    });
  }
  return layOut(language, {
    subject: `${facts.wave} months on: has ${facts.trainingTitle} been useful?`,
    fullName: facts.fullName,
    paragraphs: [
      `${facts.wave} months have passed since the session “${facts.sessionTitle}” of “${facts.trainingTitle}”. Three short questions ask whether you have used what you learned and what changed in your organisation. The survey stays open for 30 days.`,
    ],
    link: { label: 'Answer the survey', url: facts.link },
    unsubscribe: facts.unsubscribe,
  });
}
