import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface RegistrationExistingFacts {
  fullName: string;
  /** The sign-in page. */
  link: string;
}

/**
 * Sent to the owner of an account when someone registers with its address: the registration
 * answers as for a new address, and only the mailbox's owner learns that an account exists.
 */
export function registrationExistingMail(language: Language, facts: RegistrationExistingFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: 'Adresinizle bir Atölye hesabı açılmak istendi',
      fullName: facts.fullName,
      paragraphs: [
        'Biri (belki siz) bu e-posta adresiyle yeni bir Atölye hesabı açmak istedi. Bu adresle açılmış bir hesabınız zaten var; hiçbir şey değiştirilmedi.',
        'İstek sizden geldiyse mevcut hesabınızla giriş yapın. Parolanızı hatırlamıyorsanız giriş sayfasındaki “Parolanızı mı unuttunuz?” bağlantısıyla yeni bir parola belirleyin. İstek sizden gelmediyse bu iletiyi dikkate almayın.',
      ],
      link: { label: 'Giriş yapın', url: facts.link },
    });
  }
  return layOut(language, {
    subject: 'Someone asked to open an Atölye account with your address',
    fullName: facts.fullName,
    paragraphs: [
      'Someone (perhaps you) asked to open a new Atölye account with this email address. You already have an account with it, so nothing was changed.',
      'If it was you, sign in with your account. If you do not remember its password, choose a new one with “Forgot your password?” on the sign-in page. If it was not you, ignore this message.',
    ],
    link: { label: 'Sign in', url: facts.link },
  });
}
