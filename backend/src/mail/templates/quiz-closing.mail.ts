import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface QuizClosingFacts {
  fullName: string;
  quizTitle: string;
  trainingTitle: string;
  sessionTitle: string;
  /** The deadline in words, in the session's zone, zone named. */
  closes: string;
  link: string;
  unsubscribe: string;
}

/** About two days before the session closes a quiz the trainee has still to pass or take. */
export function quizClosingMail(language: Language, facts: QuizClosingFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Test kapanmak üzere: ${facts.quizTitle}`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumundaki “${facts.quizTitle}” testi ${facts.closes} itibarıyla kapanacak. Bu saatten sonra yeni deneme başlatılamaz; süren bir deneme o ana kadar kaydedilen yanıtlarla gönderilir.`,
      ],
      link: { label: 'Testlerime git', url: facts.link },
      unsubscribe: facts.unsubscribe,
    });
  }
  return layOut(language, {
    subject: `Quiz closing soon: ${facts.quizTitle}`,
    fullName: facts.fullName,
    paragraphs: [
      `The quiz “${facts.quizTitle}” of the session “${facts.sessionTitle}” (${facts.trainingTitle}) closes on ${facts.closes}. No attempt can be started after that; an attempt still under way is submitted with the answers saved by then.`,
    ],
    link: { label: 'Go to my quizzes', url: facts.link },
    unsubscribe: facts.unsubscribe,
  });
}
