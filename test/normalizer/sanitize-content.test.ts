import { describe, expect, it } from 'vitest';
import { sanitizeContent } from '../../src/normalizer/sanitize-content.js';

const BASE = 'https://news.example/2025/06/story/';

describe('sanitizeContent', () => {
  it('keeps harmless markup', () => {
    const html =
      '<p>A <em>b</em> <strong>c</strong></p><ul><li>d</li></ul><blockquote>e</blockquote>' +
      '<figure><img src="https://x.example/a.jpg" alt="f" /><figcaption>g</figcaption></figure>' +
      '<table><tr><td colspan="2">h</td></tr></table>';
    expect(sanitizeContent(html, BASE)).toBe(html);
  });

  it('removes scripts, styles, frames, objects, forms, meta and event handlers', () => {
    const html =
      '<p onclick="x()">t</p><script>alert(1)</script><style>p{}</style><iframe src="https://e.example"></iframe>' +
      '<object data="x"></object><embed src="x" /><form action="/x"><input name="q" /></form><meta http-equiv="refresh" />';
    expect(sanitizeContent(html, BASE)).toBe('<p>t</p>');
  });

  it('keeps only http(s) and mailto links, with rel noopener noreferrer nofollow', () => {
    const out = sanitizeContent(
      '<a href="javascript:alert(1)">j</a><a href="vbscript:x">v</a><a href="data:text/html,x">d</a>' +
        '<a href="mailto:desk@news.example">m</a><a href="https://ok.example/">ok</a>',
      BASE,
    );
    expect(out).not.toMatch(/javascript:|vbscript:|data:/);
    expect(out).toContain(
      '<a href="mailto:desk@news.example" rel="noopener noreferrer nofollow">m</a>',
    );
    expect(out).toContain(
      '<a href="https://ok.example/" rel="noopener noreferrer nofollow">ok</a>',
    );
  });

  it('resolves relative and protocol-relative URLs against the base', () => {
    const out = sanitizeContent(
      '<a href="../other/">a</a><img src="/img/p.jpg" /><a href="//cdn.example/x">c</a>',
      BASE,
    );
    expect(out).toContain('href="https://news.example/2025/06/other/"');
    expect(out).toContain('src="https://news.example/img/p.jpg"');
    expect(out).toContain('href="https://cdn.example/x"');
  });

  it('drops images that are not http(s) and links that cannot be made absolute', () => {
    expect(sanitizeContent('<img src="data:image/png;base64,AAAA" /><img src="x.png" />')).toBe('');
    expect(sanitizeContent('<a href="/x">t</a>')).toBe(
      '<a rel="noopener noreferrer nofollow">t</a>',
    );
  });
});
