import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/parser/index.js';
import { XML_ILLEGAL_CHAR } from '../helpers/strict-xml.js';

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('parseFeed hands on no XML-illegal character and checked feed-level fields', () => {
  it('JSON Feed strings with controls, U+FFFE and lone surrogates are cleaned', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Feed\u0001 title\uFFFF',
      home_page_url: 'javascript:alert(document.domain)',
      items: [
        {
          id: 'id\u0000-1',
          url: 'https://news.example/1',
          title: 'Title \u0007 with \uD800 bell',
          content_html: '<p>Body \u001B text \uFFFE</p>',
          summary: 'Summary\u0002',
          authors: [{ name: 'Author\u0003' }],
          tags: ['tag\u0004'],
        },
      ],
    });
    const feed = await parseFeed(json);
    for (const text of allStrings(feed)) expect(text).not.toMatch(XML_ILLEGAL_CHAR);
    expect(feed.title).toBe('Feed title');
    expect(feed.link).toBeUndefined();
    expect(feed.items[0]?.title).toBe('Title \uFFFD with \uFFFD bell');
  });

  it('an RSS feed title is read as text, cleaned and capped; a javascript: link is dropped', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel>
      <title>Hostile &amp;#1; ${'x'.repeat(200_000)}</title>
      <link>javascript:alert(document.domain)</link>
      <item><title>One &amp;#1;</title><link>https://news.example/1</link><guid>1</guid></item>
    </channel></rss>`;
    const feed = await parseFeed(rss);
    expect(feed.title?.startsWith('Hostile \uFFFD x')).toBe(true);
    expect(Array.from(feed.title ?? '').length).toBeLessThanOrEqual(300);
    expect(feed.link).toBeUndefined();
    for (const text of allStrings(feed)) expect(text).not.toMatch(XML_ILLEGAL_CHAR);
  });

  it('an Atom feed keeps its absolute http(s) home page', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <title type="html">&lt;b&gt;Site&lt;/b&gt; news</title>
      <link rel="alternate" href="https://site.example/"/>
      <id>urn:x</id><updated>2025-01-01T00:00:00Z</updated></feed>`;
    const feed = await parseFeed(atom);
    expect(feed.title).toBe('Site news');
    expect(feed.link).toBe('https://site.example/');
  });
});
