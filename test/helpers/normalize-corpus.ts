import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeFeedBytes, fetchFeed } from '../../src/fetcher/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import { normalizeItem } from '../../src/normalizer/index.js';
import { boundFeed, DEFAULT_FEED_LIMITS, parseFeed } from '../../src/parser/index.js';
import type { Corpus } from './evaluate-corpus.js';
import { sourceIdOf } from './source-id-of.js';

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
 * `now`: the fetch time; by default the corpus's own (corpusNow), so that no date of a corpus
 * written ahead of the machine's clock is clamped and the figures do not depend on the day.
 */
export async function normalizeCorpus(corpus: Corpus, now?: Date): Promise<NormalizedItem[]> {
  const feeds = await readCorpusFeeds(corpus);
  const at = now ?? newestDateOf(feeds);
  const items: NormalizedItem[] = [];
  for (const { file, feed, url } of feeds) {
    const context = { sourceId: sourceIdOf(file), feedUrl: url, feedLink: feed.link, now: at };
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

/**
 * The time a corpus is read as of: an hour after its newest dated entry. A fetch of the corpus
 * then clamps none of its dates (TOPICFEED_NOW, src/commands/read-clock.ts), and an undated entry
 * is dated as a reader polling the feeds just after they were written would date it.
 */
export async function corpusNow(corpus: Corpus): Promise<Date> {
  return newestDateOf(await readCorpusFeeds(corpus));
}

const HOUR_MS = 3_600_000;
/** The last time a Date holds: no feed date is after it. */
const END_OF_TIME = new Date(8.64e15);

interface CorpusFeed {
  file: string;
  url: string;
  feed: Awaited<ReturnType<typeof parseFeed>>;
}

/** The corpus's feeds fetched and parsed, in the order a fetch polls them (by source id). */
async function readCorpusFeeds(corpus: Corpus): Promise<CorpusFeed[]> {
  // Sources in the order the store lists them and a fetch polls them (by id): the order in which
  // entries meet the story index decides close calls, and a harness in another order measures
  // another placement than the pipeline's.
  const files = [...new Set(corpus.items.map((item) => item.file))].sort((a, b) =>
    compareIds(sourceIdOf(a), sourceIdOf(b)),
  );
  const feeds: CorpusFeed[] = [];
  for (const file of files) {
    const url = pathToFileURL(path.join(corpus.feedsDir, file)).href;
    const fetched = await fetchFeed({ url }, FETCH_OPTIONS);
    if (fetched.kind !== 'fetched') throw new Error(`eval: ${file}: not fetched`);
    const { text } = decodeFeedBytes(fetched.bytes, fetched.contentType);
    feeds.push({ file, url, feed: boundFeed(await parseFeed(text), DEFAULT_FEED_LIMITS) });
  }
  return feeds;
}

/** An hour after the newest date the feeds give (the machine's time when they give none). */
function newestDateOf(feeds: readonly CorpusFeed[]): Date {
  let newest = Number.NEGATIVE_INFINITY;
  for (const { file, feed, url } of feeds) {
    const context = { sourceId: sourceIdOf(file), feedUrl: url, now: END_OF_TIME };
    for (const item of feed.items) {
      const entry = normalizeItem(item, context);
      if (entry.hasFeedDate) newest = Math.max(newest, Date.parse(entry.publishedAt));
    }
  }
  return Number.isFinite(newest) ? new Date(newest + HOUR_MS) : new Date();
}

/** SQLite's default (binary) collation of two ids: `ORDER BY s.id` of the source list. */
function compareIds(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
