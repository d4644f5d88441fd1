import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface EvaluationOpenFacts {
  fullName: string;
  trainingTitle: string;
  sessionTitle: string;
  link: string;
  unsubscribe: string;
}

/** After the session's last meeting: its evaluation is open. */
export function evaluationOpenMail(language: Language, facts: EvaluationOpenFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Oturumu değerlendirin: ${facts.sessionTitle}`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumu sona erdi. Değerlendirmeniz açıldı; birkaç dakikanızı alır ve sonraki eğitimleri iyileştirmemize yardımcı olur.`,
      ],
      link: { label: 'Oturumu değerlendirin', url: facts.link },
      unsubscribe: facts.unsubscribe,
    });
  }
  return layOut(language, {
    subject: `Evaluate the session: ${facts.sessionTitle}`,
    fullName: facts.fullName,
    paragraphs: [
      `The session “${facts.sessionTitle}” of “${facts.trainingTitle}” has ended. Its evaluation is open: it takes a few minutes and helps us improve the next trainings.`,
    ],
    link: { label: 'Evaluate the session', url: facts.link },
    unsubscribe: facts.unsubscribe,
  });
}
