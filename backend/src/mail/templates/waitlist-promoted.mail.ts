import type { Language } from '@atolye/shared';
import { nextMeetingLine, type EnrolmentDecisionFacts } from './enrolment-approved.mail';
import { layOut, type RenderedMail } from './mail-layout';

/** A seat freed up and the first person on the waiting list got it. */
export function waitlistPromotedMail(language: Language, facts: EnrolmentDecisionFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Bir yer açıldı, kaydınız yapıldı: ${facts.trainingTitle}`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumunda bir yer açıldı. Bekleme listesinden kaydınız yapıldı.`,
        ...nextMeetingLine(language, facts),
        'Katılamayacaksanız lütfen kaydınızı Atölye’den geri çekin; yer sıradaki kişiye geçer.',
      ],
      link: { label: 'Eğitimlerim', url: facts.link },
    });
  }
  return layOut(language, {
    subject: `A seat freed up — you are enrolled: ${facts.trainingTitle}`,
    fullName: facts.fullName,
    paragraphs: [
      `A seat freed up in the session “${facts.sessionTitle}” of “${facts.trainingTitle}”, and you moved from the waiting list into it.`,
      ...nextMeetingLine(language, facts),
      'If you cannot take part, please withdraw in Atölye so the seat goes to the next person.',
    ],
    link: { label: 'My learning', url: facts.link },
  });
}
