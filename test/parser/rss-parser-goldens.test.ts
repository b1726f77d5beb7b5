import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedItem } from '../../src/model/index.js';
import { parseFeed } from '../../src/parser/parse-feed.js';
import { FIXTURES } from '../helpers/temp-config.js';

const CORPUS = join(FIXTURES, 'corpus/rss-parser');
// Goldens made with non-default options (custom fields, xml2js options) or HTTP encodings.
const OPTION_CASES = new Set([
  'xml2js-options',
  'customfields',
  'atom-customfields',
  'guardian',
  'encoding',
]);

interface GoldenItem {
  title?: string;
  link?: string;
  guid?: string;
  id?: string;
  pubDate?: string;
  'rdf:about'?: string;
}

function goldenGuid(item: GoldenItem): string | undefined {
  const guid = item.guid ?? item.id ?? item['rdf:about'];
  return typeof guid === 'string' ? guid.trim() || undefined : undefined;
}

const cases = readdirSync(join(CORPUS, 'output'))
  .map((file) => file.replace(/\.json$/, ''))
  .filter((name) => !OPTION_CASES.has(name));

describe('the parser on rss-parser’s own golden files', () => {
  it.each(cases)('%s: same items, titles, links and guids as rss-parser', async (name) => {
    const input =
      readdirSync(join(CORPUS, 'input')).find((file) => file.startsWith(`${name}.`)) ?? '';
    const golden = JSON.parse(readFileSync(join(CORPUS, 'output', `${name}.json`), 'utf8')) as {
      feed: { title?: string; items: GoldenItem[] };
    };
    const feed = await parseFeed(readFileSync(join(CORPUS, 'input', input), 'utf8'));
    expect(feed.items).toHaveLength(golden.feed.items.length);
    if (golden.feed.title) expect(feed.title).toBe(golden.feed.title.trim());
    golden.feed.items.forEach((expected, index) => {
      const item = feed.items[index] as ParsedItem;
      if (typeof expected.title === 'string' && expected.title.trim())
        expect(item.title).toBe(expected.title.trim());
      if (typeof expected.link === 'string' && expected.link)
        expect(item.link).toBe(expected.link.trim());
      const guid = goldenGuid(expected);
      if (guid) expect(item.guid).toBe(guid);
      if (expected.pubDate) expect(item.published ?? item.updated).toBeDefined();
    });
  });

  it('rejects a document that is not a feed, naming the stage', async () => {
    await expect(
      parseFeed(readFileSync(join(CORPUS, 'input/unrecognized.rss'), 'utf8')),
    ).rejects.toThrow(/^parser: /);
  });
});
