import type { Language } from '@atolye/shared';
import type { EnrolmentDecisionFacts } from './enrolment-approved.mail';
import { layOut, type RenderedMail } from './mail-layout';

/** A coordinator took the person out of a session, saying why. */
export function enrolmentWithdrawnMail(
  language: Language,
  facts: EnrolmentDecisionFacts & { reason: string },
): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Oturum kaydınız sonlandırıldı: ${facts.trainingTitle}`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumundaki kaydınız program koordinatörü tarafından sonlandırıldı.`,
        `Gerekçe: ${facts.reason}`,
        'Bunun bir yanlışlık olduğunu düşünüyorsanız lütfen program ekibine yazın. Katalogdaki diğer oturumlara da göz atabilirsiniz.',
      ],
      link: { label: 'Eğitim kataloğu', url: facts.link },
    });
  }
  return layOut(language, {
    subject: `You were withdrawn from a session: ${facts.trainingTitle}`,
    fullName: facts.fullName,
    paragraphs: [
      `A programme coordinator withdrew you from the session “${facts.sessionTitle}” of “${facts.trainingTitle}”.`,
      `Reason: ${facts.reason}`,
      'If you think this is a mistake, please write to the programme team. You may also look for other sessions in the catalogue.',
    ],
    link: { label: 'Training catalogue', url: facts.link },
  });
}
