import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface TrainerRosterFacts {
  fullName: string;
  /** Tomorrow's meetings, each "Session — topic, when: N participants". */
  meetings: string[];
  /** Held meetings whose attendance is still unmarked. */
  unmarked: number;
  link: string;
  unsubscribe: string;
}

/** To a trainer the day before: tomorrow's meetings and their rosters, attendance still to mark. */
export function trainerRosterMail(language: Language, facts: TrainerRosterFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Yarınki buluşmalarınız (${facts.meetings.length})`,
      fullName: facts.fullName,
      paragraphs: [
        'Yarın şu buluşmalarınız var:',
        ...facts.meetings.map((m) => `• ${m}`),
        ...(facts.unmarked
          ? [`Yoklaması henüz tamamlanmamış ${facts.unmarked} buluşmanız var; lütfen işaretleyin.`]
          : []),
      ],
      link: { label: 'Oturumlarım', url: facts.link },
      unsubscribe: facts.unsubscribe,
    });
  }
  return layOut(language, {
    subject: `Your meetings tomorrow (${facts.meetings.length})`,
    fullName: facts.fullName,
    paragraphs: [
      'Tomorrow you have these meetings:',
      ...facts.meetings.map((m) => `• ${m}`),
      ...(facts.unmarked
        ? [`Held meetings whose attendance is not fully marked yet: ${facts.unmarked}. Please mark them.`]
        : []),
    ],
    link: { label: 'My sessions', url: facts.link },
    unsubscribe: facts.unsubscribe,
  });
}
