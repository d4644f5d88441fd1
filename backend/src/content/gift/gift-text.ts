import { Parser } from 'htmlparser2';

/** The text formats a GIFT text may name in brackets at its start; `moodle` when none is named. */
export const GIFT_FORMATS = ['moodle', 'html', 'plain', 'markdown'] as const;
export type GiftFormat = (typeof GIFT_FORMATS)[number];

export interface GiftText {
  text: string;
  format: GiftFormat;
}

/**
 * Escaped characters are swapped for placeholders before a question is taken apart, and back
 * after, as Moodle's `escapedchar_pre`/`_post` do. Moodle's placeholders are `&&058;` and the
 * like, so a text that happens to contain those letters is misread; private-use characters cannot
 * be typed by mistake.
 */
const PLACEHOLDERS: Record<string, string> = {
  ':': '\uE000',
  '#': '\uE001',
  '=': '\uE002',
  '{': '\uE003',
  '}': '\uE004',
  '~': '\uE005',
  n: '\uE006',
};
const CHARACTERS: Record<string, string> = {
  '\uE000': ':',
  '\uE001': '#',
  '\uE002': '=',
  '\uE003': '{',
  '\uE004': '}',
  '\uE005': '~',
  '\uE006': '\n',
};

/**
 * In one pass from the left, as Moodle's three replacements work out: `\\` is a backslash (and
 * escapes nothing after it), `\:` `\#` `\=` `\{` `\}` `\~` `\n` become placeholders.
 */
export function hideEscapes(text: string): string {
  return text.includes('\\')
    ? text.replace(/\\([\\:#={}~n])/g, (_, c: string) => (c === '\\' ? '\\' : PLACEHOLDERS[c]))
    : text;
}

export function restoreEscapes(text: string): string {
  return /[\uE000-\uE006]/.test(text) ? text.replace(/[\uE000-\uE006]/g, (c) => CHARACTERS[c]) : text;
}

/** Moodle's `parse_text_with_format`: a leading `[html]` (etc.) names the format; the text is trimmed. */
export function textWithFormat(raw: string, defaultFormat: GiftFormat): GiftText {
  let text = raw;
  let format = defaultFormat;
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    const name = text.slice(1, end < 0 ? undefined : end);
    if (end > 0 && (GIFT_FORMATS as readonly string[]).includes(name)) {
      format = name as GiftFormat;
      text = text.slice(end + 1);
    }
  }
  return { text: restoreEscapes(text).trim(), format };
}

const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'pre',
  'blockquote',
  'hr',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
]);
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template']);

/**
 * HTML (as Moodle's editor writes it) as plain text: paragraphs and line breaks become line
 * breaks, list items start with "- ", entities are decoded, links keep their address, images their
 * description; markup, scripts and styles are dropped. Quiz texts here are shown as plain text,
 * so nothing of the HTML can run or style anything.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipping = 0;
  let pre = 0;
  const links: (string | null)[] = [];
  const breakLine = () => {
    if (out.length && !out[out.length - 1].endsWith('\n')) out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipping++;
        if (name === 'pre') pre++;
        if (name === 'br') out.push('\n');
        else if (BLOCKS.has(name)) breakLine();
        if (name === 'li') out.push('- ');
        if (name === 'img' && attributes['alt']?.trim()) out.push(`[${attributes['alt'].trim()}]`);
        if (name === 'a') links.push(attributes['href'] ?? null);
      },
      ontext(text) {
        if (skipping) return;
        if (pre) return void out.push(text);
        const collapsed = text.replace(/\s+/g, ' ');
        const last = out[out.length - 1];
        const atLineStart = last === undefined || last.endsWith('\n') || last === '- ';
        const shown = atLineStart ? collapsed.trimStart() : collapsed;
        if (shown) out.push(shown);
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'a') {
          const href = links.pop();
          const shown = out[out.length - 1] ?? '';
          if (href && /^(https?:|mailto:)/i.test(href) && !shown.includes(href)) out.push(` (${href})`);
        }
        if (BLOCKS.has(name) && name !== 'br') breakLine();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// `[^<>]`, not `[^>]`: each `<` ends the search of the one before, so the test stays linear.
const LOOKS_LIKE_HTML = /<\/?[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/;

/**
 * A GIFT text as the plain text our quizzes hold. HTML is turned into text; Moodle's own format
 * allows HTML too, so it is turned into text when it holds markup. Plain and Markdown texts are
 * kept as written (Markdown reads well as it is).
 */
export function plainText(text: GiftText): string {
  if (text.format === 'html' || (text.format === 'moodle' && LOOKS_LIKE_HTML.test(text.text)))
    return htmlToText(text.text);
  return text.text;
}

/** Moodle's `repchar`: escapes GIFT's special characters and writes line breaks as `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/\r/g, '').replace(/[\\#=~{}:\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}
