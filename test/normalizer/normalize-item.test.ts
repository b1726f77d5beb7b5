import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedItem } from '../../src/model/index.js';
import {
  buildEntryKey,
  coerceParsedItem,
  type NormalizeContext,
  normalizeItem,
  resolveEntryDate,
} from '../../src/normalizer/normalize-item.js';
import { summarizeText } from '../../src/normalizer/summarize-text.js';
import { findUnsafeMarkup } from './helpers/find-unsafe-markup.js';

const SEEDS = path.resolve(import.meta.dirname, '../fixtures/seeds');
const CTX: NormalizeContext = {
  sourceId: 'test',
  feedUrl: 'https://feed.example/rss.xml',
  feedLink: 'https://site.example/',
  now: new Date('2025-07-01T00:00:00Z'),
};

function readSeed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix)) ?? '';
  return readFileSync(path.join(SEEDS, file), 'utf8');
}

function item(fields: Partial<ParsedItem>): ParsedItem {
  return { categories: [], ...fields };
}

describe('normalizeItem', () => {
  it('cleans seed 000: front matter gone, mojibake repaired, plain text in paragraphs', () => {
    const entry = normalizeItem(item({ title: 'Big News', contentHtml: readSeed('000_') }), CTX);
    expect(entry.contentHtml.startsWith('<p>Here’s what you need to know')).toBe(true);
    expect(entry.text).not.toMatch(/layout:|â€/);
    expect(entry.contentHtml.match(/<p>/g)?.length).toBeGreaterThan(10);
  });

  it('cleans seed 001: headline and paragraphs printed twice are kept once or removed', () => {
    const title = 'Belarusian Activist Appeals to Trump for Political Prisoner Release';
    const entry = normalizeItem(item({ title, contentHtml: readSeed('001_') }), CTX);
    expect(entry.text).not.toContain(title);
    const lines = entry.text.split('\n');
    expect(new Set(lines).size).toBe(lines.length);
    expect(entry.summary.length).toBeLessThanOrEqual(301);
  });

  it('fills identity, links, dates and derived fields', () => {
    const entry = normalizeItem(
      item({
        guid: ' abc ',
        link: '/2025/06/story?utm_source=rss#top',
        title: 'AT&amp;amp;T <b>news</b>',
        summaryHtml: '<p>Беларусь і свет: навіны <a href="/x">тут</a></p>',
        published: 'Sat, 21 Jun 2025 21:15:00 +0300',
        categories: ['News', ' News ', ''],
        author: 'Desk',
      }),
      CTX,
    );
    expect(entry).toMatchObject({
      key: 'guid:abc',
      guid: 'abc',
      link: 'https://site.example/2025/06/story?utm_source=rss#top',
      url: 'https://site.example/2025/06/story',
      title: 'AT&T news',
      language: 'be',
      publishedAt: '2025-06-21T18:15:00.000Z',
      hasFeedDate: true,
      categories: ['News'],
      author: 'Desk',
    });
    expect(entry.contentHtml).toContain('href="https://site.example/x"');
    expect(entry.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lets the configured language win over detection', () => {
    const entry = normalizeItem(item({ title: 'Беларусь і свет' }), { ...CTX, languageHint: 'ru' });
    expect(entry.language).toBe('ru');
  });

  it('keys by canonical URL without a guid, by hash without either', () => {
    expect(normalizeItem(item({ link: 'https://x.example/a?fbclid=1' }), CTX).key).toBe(
      'url:https://x.example/a',
    );
    expect(normalizeItem(item({ title: 't', contentHtml: 'x' }), CTX).key).toMatch(/^hash:/);
  });

  it('never throws, whatever the strings, and keeps the output safe', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = [
      '<',
      '>',
      '&',
      '"',
      "'",
      '/',
      '=',
      'a',
      'script',
      'on',
      ':',
      '\n',
      'Ã',
      'â€',
      '---',
      ' ',
      '#',
    ];
    const randomString = () =>
      Array.from({ length: 200 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let i = 0; i < 300; i++) {
      const fields = {
        title: randomString(),
        contentHtml: randomString(),
        link: randomString(),
        guid: randomString(),
      };
      const entry = normalizeItem(
        item({ ...fields, base: randomString(), published: randomString() }),
        CTX,
      );
      expect(findUnsafeMarkup(entry.contentHtml)).toEqual([]);
    }
    const hostile = { categories: [1, null], title: 42, contentHtml: {} } as unknown as ParsedItem;
    const entry = normalizeItem(hostile, CTX);
    expect(entry.warnings.length).toBeGreaterThan(0);
    expect(entry.warnings.every((w) => w.startsWith('normalizer: '))).toBe(true);
  });
});

describe('coerceParsedItem', () => {
  it('keeps string fields and drops others with a warning', () => {
    const warnings: string[] = [];
    const raw = {
      title: 't',
      link: 42,
      categories: ['a', 7, null],
      published: null,
    } as unknown as ParsedItem;
    expect(coerceParsedItem(raw, warnings)).toEqual({ title: 't', categories: ['a'] });
    expect(warnings).toEqual(['normalizer: link dropped: not a string']);
  });
});

describe('resolveEntryDate', () => {
  const NOW = new Date('2025-07-01T12:00:00Z');

  it('uses a valid feed date', () => {
    expect(resolveEntryDate('Sat, 21 Jun 2025 21:15:00 +0300', NOW)).toEqual({
      iso: '2025-06-21T18:15:00.000Z',
      fromFeed: true,
    });
  });

  it('falls back to now with a warning for an invalid date, silently for a missing one', () => {
    const invalid = resolveEntryDate('Tue, 31 Jun 2025 14:20:00 +0000', NOW);
    expect(invalid).toMatchObject({ iso: NOW.toISOString(), fromFeed: false });
    expect(invalid.warning).toMatch(/^normalizer: unparseable date/);
    expect(resolveEntryDate(undefined, NOW)).toEqual({ iso: NOW.toISOString(), fromFeed: false });
  });

  it('clamps a future date to now', () => {
    const future = resolveEntryDate('2030-01-01T00:00:00Z', NOW);
    expect(future.iso).toBe(NOW.toISOString());
    expect(future.fromFeed).toBe(true);
  });
});

describe('summarizeText', () => {
  it('returns short text whole, whitespace collapsed', () => {
    expect(summarizeText('  Short\n text. ')).toBe('Short text.');
  });

  it('cuts long text at a word boundary near 300 characters, with an ellipsis', () => {
    const text = 'word '.repeat(100);
    const summary = summarizeText(text);
    expect(summary.endsWith('word…')).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(301);
    expect(summary.length).toBeGreaterThan(280);
  });

  it('counts characters outside the BMP once, never splitting a pair', () => {
    expect(summarizeText('😀'.repeat(350))).toBe(`${'😀'.repeat(300)}…`);
    expect(summarizeText(`${'a'.repeat(299)}😀 more text`)).toBe(`${'a'.repeat(299)}😀…`);
  });
});

describe('buildEntryKey', () => {
  it('prefers the trimmed guid, then the canonical URL, then a hash, each prefixed', () => {
    expect(buildEntryKey({ guid: ' g1 ', url: 'https://x.example/', title: 't', text: 'x' })).toBe(
      'guid:g1',
    );
    expect(buildEntryKey({ guid: '  ', url: 'https://x.example/', title: 't', text: 'x' })).toBe(
      'url:https://x.example/',
    );
    expect(buildEntryKey({ title: 't', text: 'x' })).toMatch(/^hash:[0-9a-f]{64}$/);
    expect(buildEntryKey({ title: 't', text: 'x' })).not.toBe(
      buildEntryKey({ title: 't', text: 'y' }),
    );
  });
});
