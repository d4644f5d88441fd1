import { HIDDEN_SECRET } from '@atolye/shared';

/** A run of plain text, or a web address to show as a link. */
export interface TextPart {
  text: string;
  href?: string;
}

/** Web addresses in plain text; a trailing full stop or bracket is the sentence's, not the link's. */
const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

/**
 * Splits a mail's text body so its web addresses can be shown as links and the rest as text. An
 * address whose secret is hidden stays text: it leads nowhere but to "this link is not valid".
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push(match[0].includes(HIDDEN_SECRET) ? { text: match[0] } : { text: match[0], href: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
