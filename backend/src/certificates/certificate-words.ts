import type { CertificateWording, Language } from '@atolye/shared';

/** A certificate's title and the sentence around the holder's name, meaning the same in each language. */
export const TITLE_WORDS: Record<
  CertificateWording,
  Record<Language, { heading: string; certifies: string; did: string }>
> = {
  completion: {
    en: {
      heading: 'Certificate of Completion',
      certifies: 'This is to certify that',
      did: 'has successfully completed the training',
    },
    tr: {
      heading: 'Tamamlama Sertifikası',
      certifies: 'Bu belge,',
      did: 'adlı katılımcının aşağıdaki eğitimi başarıyla tamamladığını onaylar',
    },
  },
  participation: {
    en: {
      heading: 'Certificate of Participation',
      certifies: 'This is to certify that',
      did: 'has participated in the training',
    },
    tr: {
      heading: 'Katılım Sertifikası',
      certifies: 'Bu belge,',
      did: 'adlı katılımcının aşağıdaki eğitime katıldığını onaylar',
    },
  },
  attendance: {
    en: {
      heading: 'Certificate of Attendance',
      certifies: 'This is to certify that',
      did: 'has attended the training',
    },
    tr: {
      heading: 'Devam Belgesi',
      certifies: 'Bu belge,',
      did: 'adlı katılımcının aşağıdaki eğitime devam ettiğini onaylar',
    },
  },
};

export const WORDS: Record<
  Language,
  {
    dates: string;
    hours: string;
    modules: string;
    serial: string;
    issued: string;
    verify: string;
    online: string;
    signatureOf: (name: string) => string;
    qr: (url: string) => string;
    euFlag: string;
    funded: string;
    disclaimer: string;
  }
> = {
  en: {
    dates: 'Dates',
    hours: 'hours',
    modules: 'Modules',
    serial: 'Serial number',
    issued: 'Issued on',
    verify: 'Verify this certificate at',
    online: 'Online',
    signatureOf: (name) => `Signature of ${name}`,
    qr: (url) => `QR code leading to ${url}`,
    euFlag: 'Flag of the European Union',
    funded: 'Funded by the European Union',
    disclaimer:
      'Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the granting authority. Neither the European Union nor the granting authority can be held responsible for them.',
  },
  tr: {
    dates: 'Tarihler',
    hours: 'saat',
    modules: 'Modüller',
    serial: 'Seri numarası',
    issued: 'Düzenlenme tarihi',
    verify: 'Bu sertifikayı şu adreste doğrulayın',
    online: 'Çevrimiçi',
    signatureOf: (name) => `${name} imzası`,
    qr: (url) => `${url} adresine götüren karekod`,
    euFlag: 'Avrupa Birliği bayrağı',
    funded: 'Avrupa Birliği tarafından finanse edilmektedir',
    disclaimer:
      'Ancak ifade edilen görüş ve düşünceler yalnızca yazar(lar)ına aittir; Avrupa Birliği’nin veya yetkili makamın görüşlerini yansıtmayabilir. Bunlardan ne Avrupa Birliği ne de yetkili makam sorumlu tutulabilir.',
  },
};

const LOCALE: Record<Language, string> = { en: 'en-GB', tr: 'tr-TR' };

/** One formatter per language, made once: building an Intl formatter costs more than using it. */
const DAY = Object.fromEntries(
  (['en', 'tr'] as const).map((language) => [
    language,
    new Intl.DateTimeFormat(LOCALE[language], {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
  ]),
) as Record<Language, Intl.DateTimeFormat>;

const NUMBER = Object.fromEntries(
  (['en', 'tr'] as const).map((language) => [
    language,
    new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 1 }),
  ]),
) as Record<Language, Intl.NumberFormat>;

/** A calendar day (YYYY-MM-DD) as the language writes it: "2 March 2027", "2 Mart 2027". */
export function dayText(iso: string | null, language: Language): string {
  return iso ? DAY[language].format(new Date(`${iso}T12:00:00Z`)) : '';
}

/** "10.5" in English, "10,5" in Turkish. */
export function numberText(value: number, language: Language): string {
  return NUMBER[language].format(value);
}
