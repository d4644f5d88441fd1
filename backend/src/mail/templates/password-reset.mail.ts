import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface PasswordResetFacts {
  fullName: string;
  link: string;
  validMinutes: number;
}

export function passwordResetMail(language: Language, facts: PasswordResetFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: 'Atölye parolanızı sıfırlayın',
      fullName: facts.fullName,
      paragraphs: [
        'Atölye hesabınız için parola sıfırlama isteği aldık. Yeni bir parola belirlemek için aşağıdaki bağlantıyı açın.',
        `Bağlantı ${facts.validMinutes} dakika geçerlidir ve yalnızca bir kez kullanılabilir. Bu isteği siz yapmadıysanız bu iletiyi dikkate almayın; parolanız değişmez.`,
      ],
      link: { label: 'Yeni parola belirleyin', url: facts.link },
    });
  }
  return layOut(language, {
    subject: 'Reset your Atölye password',
    fullName: facts.fullName,
    paragraphs: [
      'We received a request to reset the password of your Atölye account. Open the link below to choose a new password.',
      `The link works for ${facts.validMinutes} minutes and only once. If you did not ask for it, ignore this message; your password stays as it is.`,
    ],
    link: { label: 'Choose a new password', url: facts.link },
  });
}
