import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FetchedNewsroom, fetchNewsroom } from '../helpers/fetch-newsroom.js';
import { exportTopic } from '../helpers/run-cli.js';

const TOPICS = ['all', 'belarus', 'political-prisoners'];
const FORMATS = ['rss', 'atom', 'json'];
// UTF-8 read as windows-1252 / latin-1: â€ (’ “ ”), Ã + a Latin-1 letter, Ð/Ñ + a Cyrillic tail.
const MOJIBAKE = /â€|Ã[\u0080-\u00bf]|[ÐÑ][\u0080-\u00bf‘’“”•–—˜™š›œžŸ]/;

interface JsonItem {
  content_html: string;
  url?: string;
  date_published?: string;
  date_modified?: string;
}

function paragraphs(html: string): string[] {
  return html
    .split(/<\/p>|<br\s*\/?>|\n/)
    .map((p) =>
      p
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase(),
    )
    .filter((p) => p.length >= 40);
}

function urlsIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('what topicfeed republishes from the newsroom corpus', () => {
  let newsroom: FetchedNewsroom;
  const exports = new Map<string, string>();

  beforeAll(async () => {
    newsroom = await fetchNewsroom();
    for (const topic of TOPICS) {
      for (const format of FORMATS) {
        const result = await exportTopic(newsroom.config, topic, format);
        expect(result.code).toBe(0);
        exports.set(`${topic}.${format}`, result.out);
      }
    }
  });

  afterAll(async () => {
    await newsroom?.close();
  });

  it('has no mojibake in any format of any topic', () => {
    for (const [name, text] of exports) expect(MOJIBAKE.exec(text)?.[0], name).toBeUndefined();
  });

  it('has no script, iframe, event handler or javascript: URL in any format', () => {
    for (const [name, text] of exports) {
      const decoded = text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/\\u003c/g, '<');
      expect(decoded, name).not.toMatch(/<script|<iframe|\son[a-z]+\s*=|javascript:/i);
    }
  });

  it('repeats no paragraph within an item', () => {
    const feed = JSON.parse(exports.get('all.json') ?? '{}') as { items: JsonItem[] };
    for (const item of feed.items) {
      const body = item.content_html.split('<hr/><p>Also reported by:')[0] ?? '';
      const seen = paragraphs(body);
      expect(new Set(seen).size, item.url).toBe(seen.length);
    }
  });

  it('links only to absolute http(s) addresses, for links and images alike', () => {
    const feed = JSON.parse(exports.get('all.json') ?? '{}') as { items: JsonItem[] };
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https?:\/\//);
      for (const url of urlsIn(item.content_html))
        expect(url, item.url).toMatch(/^(https?:\/\/|mailto:)/);
    }
  });

  it('gives every item a sane date: valid, not in the future, not before 2000', () => {
    const feed = JSON.parse(exports.get('all.json') ?? '{}') as { items: JsonItem[] };
    const now = Date.now();
    for (const item of feed.items) {
      for (const date of [item.date_published, item.date_modified]) {
        const time = Date.parse(date ?? '');
        expect(Number.isFinite(time), item.url).toBe(true);
        expect(time).toBeLessThanOrEqual(now);
        expect(time).toBeGreaterThan(Date.parse('2000-01-01'));
      }
    }
  });
});
