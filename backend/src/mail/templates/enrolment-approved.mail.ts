import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface EnrolmentDecisionFacts {
  fullName: string;
  trainingTitle: string;
  sessionTitle: string;
  link: string;
  /** The next meeting, written in the session's zone and naming it (see common/zoned-time). */
  nextMeeting?: string | null;
}

/** "The next meeting: Tuesday, 2 March 2027, 09:30–12:30 (Istanbul time)." when there is one. */
export function nextMeetingLine(language: Language, facts: EnrolmentDecisionFacts): string[] {
  if (!facts.nextMeeting) return [];
  return [
    language === 'tr' ? `Sıradaki buluşma: ${facts.nextMeeting}.` : `The next meeting: ${facts.nextMeeting}.`,
  ];
}

/** An approved request: a seat, or a place on the waiting list when the session is full. */
export function enrolmentApprovedMail(
  language: Language,
  facts: EnrolmentDecisionFacts & { waitlisted: boolean },
): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: facts.waitlisted
        ? `Bekleme listesindesiniz: ${facts.trainingTitle}`
        : `Kaydınız onaylandı: ${facts.trainingTitle}`,
      fullName: facts.fullName,
      paragraphs: facts.waitlisted
        ? [
            `“${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumuna katılım isteğiniz onaylandı. Oturum şu anda dolu olduğu için bekleme listesine alındınız.`,
            'Bir yer açıldığında kaydınız kendiliğinden yapılır ve size yeniden haber veririz.',
          ]
        : [
            `“${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumuna katılım isteğiniz onaylandı; yeriniz ayrıldı.`,
            ...nextMeetingLine(language, facts),
            'Oturumun tarihlerini ve derslerini Atölye’de eğitimlerim sayfasında bulabilirsiniz.',
          ],
      link: { label: 'Eğitimlerim', url: facts.link },
    });
  }
  return layOut(language, {
    subject: facts.waitlisted
      ? `You are on the waiting list: ${facts.trainingTitle}`
      : `Your enrolment is approved: ${facts.trainingTitle}`,
    fullName: facts.fullName,
    paragraphs: facts.waitlisted
      ? [
          `Your request to join the session “${facts.sessionTitle}” of “${facts.trainingTitle}” was approved. The session is full at the moment, so you are on its waiting list.`,
          'When a seat frees up you are enrolled automatically, and we will let you know.',
        ]
      : [
          `Your request to join the session “${facts.sessionTitle}” of “${facts.trainingTitle}” was approved; your seat is reserved.`,
          ...nextMeetingLine(language, facts),
          'You find the session’s dates and lessons under My learning in Atölye.',
        ],
    link: { label: 'My learning', url: facts.link },
  });
}
