import { Marked, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

export interface MarkdownReference {
  kind: 'link' | 'image';
  href: string;
}

const marked = new Marked({ gfm: true, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'iframe'),
    'img',
    'h1',
    'h2',
    'del',
    'input',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['align', 'colspan', 'rowspan'],
    td: ['align', 'colspan', 'rowspan'],
    input: ['type', 'checked', 'disabled'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  transformTags: {
    // Links out of the portal open in a new tab without giving it a handle on this one.
    a: (tagName, attribs) =>
      /^https?:/.test(attribs['href'] ?? '')
        ? { tagName, attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer' } }
        : { tagName, attribs },
  },
};

/**
 * Markdown to HTML that is safe to show as it is: no scripts, handlers, styles or frames.
 * `rewriteMedia` turns a relative image source or link into the address the file is served at.
 */
export function renderMarkdown(
  markdown: string,
  rewriteMedia: (src: string) => string = (src) => src,
): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, {
    ...SANITIZE,
    allowedAttributes: { ...SANITIZE.allowedAttributes, a: ['href', 'title', 'target', 'rel'] },
    transformTags: {
      ...SANITIZE.transformTags,
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, src: rewriteMedia(attribs['src'] ?? '') },
      }),
      a: (tagName, attribs) => {
        const href = attribs['href'] ?? '';
        if (/^https?:/.test(href))
          return { tagName, attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer' } };
        if (/^(mailto:|#)/.test(href) || href === '') return { tagName, attribs };
        return { tagName, attribs: { ...attribs, href: rewriteMedia(href) } };
      },
    },
  });
}

/** Every link and image in the Markdown, and whether it holds raw HTML. */
export function inspectMarkdown(markdown: string): { references: MarkdownReference[]; rawHtml: string[] } {
  const references: MarkdownReference[] = [];
  const rawHtml: string[] = [];
  const tokens = marked.lexer(markdown);
  // The callback is synchronous: walkTokens hands back promises only for asynchronous extensions.
  void marked.walkTokens(tokens, (token: Token) => {
    if (token.type === 'link') references.push({ kind: 'link', href: (token as Tokens.Link).href });
    if (token.type === 'image') references.push({ kind: 'image', href: (token as Tokens.Image).href });
    if (token.type === 'html') rawHtml.push((token as Tokens.HTML).raw.trim());
  });
  return { references, rawHtml };
}
