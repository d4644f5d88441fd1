import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface MeetingReminderFacts {
  fullName: string;
  trainingTitle: string;
  sessionTitle: string;
  topic: string;
  /** The meeting, written in its session's zone and naming it. */
  when: string;
  /** The room or venue, or the online link (seat holders only). */
  place: string | null;
  link: string;
  unsubscribe: string;
}

/** The day before a meeting: when, where, and that attendance is taken by checking in. */
export function meetingReminderMail(language: Language, facts: MeetingReminderFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Yarın: ${facts.sessionTitle} — ${facts.topic}`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumunda sıradaki buluşma: ${facts.when}. Konu: ${facts.topic}.`,
        ...(facts.place ? [`Yer: ${facts.place}`] : []),
        'Katılımınız yoklamayla kaydedilir: buluşmada gösterilen kodu Atölye’de “Yoklamaya katıl” sayfasına girin ya da QR kodu okutun.',
      ],
      link: { label: 'Eğitimlerim', url: facts.link },
      unsubscribe: facts.unsubscribe,
    });
  }
  return layOut(language, {
    subject: `Tomorrow: ${facts.sessionTitle} — ${facts.topic}`,
    fullName: facts.fullName,
    paragraphs: [
      `The next meeting of the session “${facts.sessionTitle}” of “${facts.trainingTitle}”: ${facts.when}. Topic: ${facts.topic}.`,
      ...(facts.place ? [`Where: ${facts.place}`] : []),
      'Attendance is taken by checking in: enter the code shown at the meeting under “Check in” in Atölye, or scan its QR code.',
    ],
    link: { label: 'My learning', url: facts.link },
    unsubscribe: facts.unsubscribe,
  });
}
