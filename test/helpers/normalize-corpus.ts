import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeFeedBytes, fetchFeed } from '../../src/fetcher/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import { normalizeItem } from '../../src/normalizer/index.js';
import { boundFeed, DEFAULT_FEED_LIMITS, parseFeed } from '../../src/parser/index.js';
import { type Corpus, sourceIdOf } from './evaluate-corpus.js';

/** A labelled corpus item with the entry the pipeline's fetch → parse → normalize made of it. */
export interface NormalizedItem {
  /** Index in corpus.items. */
  index: number;
  entry: NormalizedEntry;
}

const FETCH_OPTIONS = {
  timeoutMs: 20_000,
  maxBytes: 10_000_000,
  userAgent: 'topicfeed-eval',
  allowPrivateNetworks: true,
};

/**
 * Every labelled item of a corpus as the real pipeline normalizes it (the fetcher's file: path
 * decodes the bytes as it does over HTTP), in feed order, feed after feed, the feeds in the order
 * a fetch polls them (by source id). One entry per source key: a feed that repeats an item (same
 * guid) gives it once, as the store keeps it once; every labelled item maps to its entry.
 */
export async function normalizeCorpus(corpus: Corpus, now = new Date()): Promise<NormalizedItem[]> {
  // Sources in the order the store lists them and a fetch polls them (by id): the order in which
  // entries meet the story index decides close calls, and a harness in another order measures
  // another placement than the pipeline's.
  const files = [...new Set(corpus.items.map((item) => item.file))].sort((a, b) =>
    compareIds(sourceIdOf(a), sourceIdOf(b)),
  );
  const items: NormalizedItem[] = [];
  for (const file of files) {
    const url = pathToFileURL(path.join(corpus.feedsDir, file)).href;
    const fetched = await fetchFeed({ url }, FETCH_OPTIONS);
    if (fetched.kind !== 'fetched') throw new Error(`eval: ${file}: not fetched`);
    const { text } = decodeFeedBytes(fetched.bytes, fetched.contentType);
    const feed = boundFeed(await parseFeed(text), DEFAULT_FEED_LIMITS);
    const context = { sourceId: sourceIdOf(file), feedUrl: url, feedLink: feed.link, now };
    const entries = feed.items.map((item) => normalizeItem(item, context));
    const byId = new Map<string, NormalizedEntry>();
    for (const entry of entries) {
      if (entry.guid) byId.set(entry.guid, entry);
      if (entry.url) byId.set(entry.url, entry);
      if (entry.link) byId.set(entry.link, entry);
    }
    corpus.items.forEach((item, index) => {
      if (item.file !== file) return;
      const entry = byId.get(item.guid);
      if (entry === undefined) throw new Error(`eval: ${file}: no entry for ${item.guid}`);
      items.push({ index, entry });
    });
  }
  return items;
}

/** SQLite's default (binary) collation of two ids: `ORDER BY s.id` of the source list. */
function compareIds(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
