import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface EnrolmentConfirmedFacts {
  fullName: string;
  trainingTitle: string;
  sessionTitle: string;
  /** First and last meeting day, written in the session's zone; null before meetings are planned. */
  dates: string | null;
  /** The venue of an in-person session, or the meeting link of an online one (seat holders only). */
  place: string | null;
  waitlisted: boolean;
  link: string;
}

/** To a person a coordinator enrolled (by hand or by import); the session's meetings come as an .ics. */
export function enrolmentConfirmedMail(language: Language, facts: EnrolmentConfirmedFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: facts.waitlisted
        ? `Bekleme listesine alındınız: ${facts.trainingTitle}`
        : `Eğitime kaydınız yapıldı: ${facts.trainingTitle}`,
      fullName: facts.fullName,
      paragraphs: [
        facts.waitlisted
          ? `Koordinatörünüz sizi “${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumunun bekleme listesine aldı. Bir yer açıldığında kaydınız kendiliğinden yapılır ve size haber veririz.`
          : `Koordinatörünüz sizi “${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumuna kaydetti; yeriniz ayrıldı.`,
        ...(facts.dates ? [`Tarihler: ${facts.dates}.`] : []),
        ...(facts.place && !facts.waitlisted ? [`Yer: ${facts.place}`] : []),
        'Buluşmaları takviminize eklemek için ekteki .ics dosyasını açın.',
      ],
      link: { label: 'Eğitimlerim', url: facts.link },
    });
  }
  return layOut(language, {
    subject: facts.waitlisted
      ? `You are on the waiting list: ${facts.trainingTitle}`
      : `You are enrolled: ${facts.trainingTitle}`,
    fullName: facts.fullName,
    paragraphs: [
      facts.waitlisted
        ? `Your coordinator put you on the waiting list of the session “${facts.sessionTitle}” of “${facts.trainingTitle}”. When a seat frees up you are enrolled automatically, and we will let you know.`
        : `Your coordinator enrolled you in the session “${facts.sessionTitle}” of “${facts.trainingTitle}”; your seat is reserved.`,
      ...(facts.dates ? [`Dates: ${facts.dates}.`] : []),
      ...(facts.place && !facts.waitlisted ? [`Where: ${facts.place}`] : []),
      'Open the attached .ics file to add the meetings to your calendar.',
    ],
    link: { label: 'My learning', url: facts.link },
  });
}
