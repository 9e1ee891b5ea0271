// The Markdown a member or coordinator writes is rendered for every visitor: nothing in it may run.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/ui/markdown';

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, null, source));

describe('Markdown from the database', () => {
  it('renders ordinary formatting, links and tables', () => {
    const html = render(
      '# Title\n\nSome **bold** and a [link](https://example.org/report).\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://example.org/report">link</a>');
    expect(html).toContain('<td>1</td>');
  });

  it('never renders raw HTML: no script, no event handler, no iframe, no style', () => {
    const html = render(
      [
        '<script>alert(1)</script>',
        '<img src="x" onerror="alert(2)">',
        '<iframe src="https://evil.example"></iframe>',
        '<a href="https://example.org" onclick="alert(3)">click</a>',
        '<style>body{display:none}</style>',
        '<svg onload="alert(4)"></svg>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<style|<svg|onerror|onclick|onload/i);
  });

  it('drops javascript:, vbscript: and data: links however they are written', () => {
    const html = render(
      [
        '[a](javascript:alert(1))',
        '[b](JAVASCRIPT:alert(2))',
        '[c](  javascript:alert(3))',
        '[d](java&#x09;script:alert(4))',
        '[e](vbscript:msgbox(5))',
        '[f](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)',
        '<javascript:alert(7)>',
        '![g](javascript:alert(8))',
        '[h]: javascript:alert(9)\n\n[h]',
      ].join('\n\n'),
    );
    // No address survives as an attribute; the words stay readable as plain text.
    expect(html).not.toMatch(/(href|src)=/i);
    expect(html).toContain('>a</a>');
    expect(html).toContain('<img alt="g"/>');
  });

  it('keeps mailto and relative links, and marks nothing up from attributes it does not allow', () => {
    const html = render('[mail](mailto:office@example.org) [page](/library/report) {#id .class}');
    expect(html).toContain('href="mailto:office@example.org"');
    expect(html).toContain('href="/library/report"');
  });
});
