import type { Language } from '@atolye/shared';
import { layOut, type RenderedMail } from './mail-layout';

export interface RegistrationConfirmFacts {
  fullName: string;
  link: string;
  validHours: number;
}

/** Sent to a new address: the account opens only when its owner follows the link. */
export function registrationConfirmMail(language: Language, facts: RegistrationConfirmFacts): RenderedMail {
  if (language === 'tr') {
    return layOut(language, {
      subject: 'Atölye hesabınızı açmak için adresinizi onaylayın',
      fullName: facts.fullName,
      paragraphs: [
        'Atölye’ye kaydolduğunuz için teşekkür ederiz. Bu e-posta adresinin size ait olduğunu onaylamak için aşağıdaki bağlantıyı açın; hesabınız o zaman açılır ve seçtiğiniz parolayla giriş yapabilirsiniz.',
        `Bağlantı ${facts.validHours} saat geçerlidir ve yalnızca bir kez kullanılabilir. Hesap açılmasını siz istemediyseniz bu iletiyi dikkate almayın; hiçbir hesap açılmaz.`,
      ],
      link: { label: 'Adresimi onayla', url: facts.link },
    });
  }
  return layOut(language, {
    subject: 'Confirm your address to open your Atölye account',
    fullName: facts.fullName,
    paragraphs: [
      'Thank you for registering with Atölye. Open the link below to confirm that this email address is yours; your account opens then, and you can sign in with the password you chose.',
      `The link works for ${facts.validHours} hours and only once. If you did not ask for an account, ignore this message; no account is opened.`,
    ],
    link: { label: 'Confirm my address', url: facts.link },
  });
}
