import { inspectMarkdown, renderMarkdown } from './markdown';

describe(renderMarkdown.name, () => {
  it('renders headings, tables and emphasis', () => {
    const html = renderMarkdown('## Temel fikirler\n\n| a | b |\n|---|---|\n| ğ | ş |\n\n**İlke**');
    expect(html).toContain('<h2>Temel fikirler</h2>');
    expect(html).toContain('<td>ğ</td>');
    expect(html).toContain('<strong>İlke</strong>');
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)">\n\n[click](javascript:alert(3))',
    );
    expect(html).not.toMatch(/script|onerror|javascript:/i);
  });

  it('opens external links in a new tab without an opener', () => {
    expect(renderMarkdown('[UNHCR](https://www.unhcr.org)')).toContain('rel="noopener noreferrer"');
  });

  it('lets the caller rewrite image addresses', () => {
    expect(
      renderMarkdown('![A map](../../media/map.png)', (src) => `/media/${src.split('/').pop()}`),
    ).toContain('src="/media/map.png"');
  });
});

describe(inspectMarkdown.name, () => {
  it('lists links and images and reports raw HTML', () => {
    const { references, rawHtml } = inspectMarkdown(
      'See [lesson 2](../02-x/en.md) and ![chart](../../media/c.png).\n\n<div>raw</div>\n',
    );
    expect(references).toEqual([
      { kind: 'link', href: '../02-x/en.md' },
      { kind: 'image', href: '../../media/c.png' },
    ]);
    expect(rawHtml).toEqual(['<div>raw</div>']);
  });
});
