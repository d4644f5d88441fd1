import type { Language } from '@atolye/shared';
import type { EnrolmentDecisionFacts } from './enrolment-approved.mail';
import { layOut, type RenderedMail } from './mail-layout';

export function enrolmentRejectedMail(language: Language, facts: EnrolmentDecisionFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: `Kayıt isteğiniz hakkında: ${facts.trainingTitle}`,
      fullName: facts.fullName,
      paragraphs: [
        `“${facts.trainingTitle}” eğitiminin “${facts.sessionTitle}” oturumuna katılım isteğiniz bu kez kabul edilemedi.`,
        'Katalogda açık olan diğer oturumlara göz atabilir ya da sorularınız için program ekibine yazabilirsiniz.',
      ],
      link: { label: 'Eğitim kataloğu', url: facts.link },
    });
  }
  return layOut(language, {
    subject: `About your enrolment request: ${facts.trainingTitle}`,
    fullName: facts.fullName,
    paragraphs: [
      `Your request to join the session “${facts.sessionTitle}” of “${facts.trainingTitle}” could not be accepted this time.`,
      'You may look for other open sessions in the catalogue, or write to the programme team with any questions.',
    ],
    link: { label: 'Training catalogue', url: facts.link },
  });
}
