import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import Parser from 'rss-parser';
import type { ParsedItem } from '../../../src/model/index.js';

export const NEWSROOM_DIR = path.resolve(import.meta.dirname, '../../fixtures/newsroom');
const FEEDS = [
  'balticbrief.xml',
  'continental-daily.xml',
  'easternwire.xml',
  'freedomwatch-daily.xml',
  'minskledger.xml',
  'polesie-news.xml',
  'volnyholas.xml',
];

export interface NewsroomItem {
  file: string;
  feedUrl: string;
  feedLink?: string;
  item: ParsedItem;
}

type RawItem = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A test-only stand-in for the parser stage: rss-parser fields → ParsedItem. */
function toParsedItem(raw: RawItem): ParsedItem {
  const encoded = str(raw['content:encoded']);
  return {
    guid: str(raw.guid) ?? str(raw.id),
    link: str(raw.link),
    title: str(raw.title),
    contentHtml: encoded ?? (str(raw.summary) ? str(raw.content) : undefined),
    summaryHtml: str(raw.summary) ?? str(raw.content),
    author: str(raw.creator) ?? str(raw.author),
    published: str(raw.pubDate) ?? str(raw.published),
    updated: str(raw.updated),
    categories: Array.isArray(raw.categories)
      ? raw.categories.filter((c) => typeof c === 'string')
      : [],
  };
}

function readJsonFeed(): NewsroomItem[] {
  const feed = JSON.parse(readFileSync(path.join(NEWSROOM_DIR, 'digesthub.json'), 'utf8'));
  return (feed.items as RawItem[]).map((raw) => ({
    file: 'digesthub.json',
    feedUrl: feed.feed_url,
    feedLink: feed.home_page_url,
    item: {
      guid: str(raw.id),
      link: str(raw.url),
      title: str(raw.title),
      contentHtml: str(raw.content_html) ?? str(raw.content_text),
      summaryHtml: str(raw.summary),
      published: str(raw.date_published),
      categories: [],
    },
  }));
}

/** Every item of the newsroom corpus as a ParsedItem, with its feed's URLs. */
export async function readNewsroomItems(): Promise<NewsroomItem[]> {
  const parser = new Parser({ customFields: { item: ['updated', 'published'] } });
  const items = readJsonFeed();
  for (const file of FEEDS) {
    const bytes = readFileSync(path.join(NEWSROOM_DIR, file));
    const encoding = /encoding=["']([\w-]+)["']/i.exec(
      bytes.subarray(0, 100).toString('latin1'),
    )?.[1];
    const feed = await parser.parseString(iconv.decode(bytes, encoding ?? 'utf-8'));
    const feedUrl = feed.feedUrl ?? `https://${file.replace(/\.xml$/, '')}.example/feed`;
    for (const raw of feed.items)
      items.push({
        file,
        feedUrl,
        feedLink: feed.link,
        item: toParsedItem(raw as unknown as RawItem),
      });
  }
  return items;
}
