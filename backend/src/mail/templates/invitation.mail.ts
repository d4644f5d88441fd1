import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface InvitationFacts {
  fullName: string;
  email: string;
  link: string;
  validDays: number;
}

/** To a person whose account someone else opened: choose a password with a single-use link. */
export function invitationMail(language: Language, facts: InvitationFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: 'Atölye hesabınız açıldı: parolanızı belirleyin',
      fullName: facts.fullName,
      paragraphs: [
        `Programın eğitimlerine katılabilmeniz için ${facts.email} adresiyle bir Atölye hesabı açıldı. Hesabınızı kullanmaya başlamak için aşağıdaki bağlantıyı açıp kendi parolanızı belirleyin.`,
        `Bağlantı ${facts.validDays} gün geçerlidir ve yalnızca bir kez kullanılabilir. Süresi geçerse koordinatörünüzden yeni bir davet isteyebilir ya da giriş sayfasındaki “Parolanızı mı unuttunuz?” bağlantısını kullanabilirsiniz.`,
      ],
      link: { label: 'Parolamı belirle', url: facts.link },
    });
  }
  return layOut(language, {
    subject: 'Your Atölye account is ready: choose your password',
    fullName: facts.fullName,
    paragraphs: [
      `An Atölye account was opened for you with the address ${facts.email}, so that you can take part in the programme’s trainings. Open the link below and choose your own password to start using it.`,
      `The link works for ${facts.validDays} days and only once. If it has expired, ask your coordinator for a new invitation or use “Forgot your password?” on the sign-in page.`,
    ],
    link: { label: 'Choose my password', url: facts.link },
  });
}
