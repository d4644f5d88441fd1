import type { Language } from '@atolye/shared';

/** A mail ready to store: subject, plain text and HTML with every outside text escaped. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The parts of a mail in the recipient's language; the layout adds greeting and signature. */
export interface MailParts {
  subject: string;
  fullName: string;
  paragraphs: string[];
  link?: { label: string; url: string };
  /** An optional mail's unsubscribe address, offered at its foot. */
  unsubscribe?: string;
}

const UNSUBSCRIBE: Record<Language, string> = {
  en: 'You receive this optional mail because it is switched on in your profile. To stop it, open:',
  tr: 'Bu isteğe bağlı iletiyi profilinizde açık olduğu için alıyorsunuz. Almak istemiyorsanız şu bağlantıyı açın:',
};

const GREETING: Record<Language, (name: string) => string> = {
  en: (name) => `Dear ${name},`,
  tr: (name) => `Sayın ${name},`,
};

const SIGNATURE: Record<Language, string> = {
  en: 'Atölye — capacity-building trainings',
  tr: 'Atölye — kapasite geliştirme eğitimleri',
};

const AUTOMATIC: Record<Language, string> = {
  en: 'This message was sent automatically; replies are not read.',
  tr: 'Bu ileti otomatik olarak gönderilmiştir; yanıtlar okunmamaktadır.',
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Lays a mail out the same way in both bodies, so the text and HTML versions say the same. */
export function layOut(language: Language, parts: MailParts): RenderedMail {
  const greeting = GREETING[language](parts.fullName);
  const text = [
    greeting,
    ...parts.paragraphs,
    ...(parts.link ? [`${parts.link.label}:\n${parts.link.url}`] : []),
    `— ${SIGNATURE[language]}\n${AUTOMATIC[language]}`,
    ...(parts.unsubscribe ? [`${UNSUBSCRIBE[language]}\n${parts.unsubscribe}`] : []),
  ].join('\n\n');
  const paragraph = (content: string) => `<p style="margin:0 0 16px">${content}</p>`;
  const html = [
    `<!doctype html>`,
    `<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1f;max-width:600px;margin:0 auto;padding:16px">`,
    paragraph(escapeHtml(greeting)),
    ...parts.paragraphs.map((p) => paragraph(escapeHtml(p))),
    ...(parts.link
      ? [paragraph(`<a href="${escapeHtml(parts.link.url)}">${escapeHtml(parts.link.label)}</a>`)]
      : []),
    `<p style="margin:24px 0 0;color:#5d5e66;font-size:14px">${escapeHtml(SIGNATURE[language])}<br>${escapeHtml(AUTOMATIC[language])}</p>`,
    ...(parts.unsubscribe
      ? [
          `<p style="margin:16px 0 0;color:#5d5e66;font-size:13px">${escapeHtml(UNSUBSCRIBE[language])} <a href="${escapeHtml(parts.unsubscribe)}">${escapeHtml(parts.unsubscribe)}</a></p>`,
        ]
      : []),
    `</body></html>`,
  ].join('\n');
  return { subject: parts.subject, text, html };
}
