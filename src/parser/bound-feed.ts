import type { ParsedFeed, ParsedItem } from '../model/index.js';

export interface FeedLimits {
  /** Items kept per feed, newest first. */
  maxItems: number;
  /** Characters kept of one item's content or summary (longer text is cut, with a warning). */
  maxItemChars: number;
}

export const DEFAULT_FEED_LIMITS: Readonly<FeedLimits> = {
  maxItems: 1_000,
  maxItemChars: 1_000_000,
};

function timeOf(item: ParsedItem): number {
  const time = Date.parse(item.published ?? item.updated ?? '');
  return Number.isFinite(time) ? time : Number.NEGATIVE_INFINITY;
}

/** The newest `max` items; items without a readable date rank last, document order breaks ties. */
function keepNewest(items: ParsedItem[], max: number): ParsedItem[] {
  if (items.length <= max) return items;
  const ranked = items.map((item, index) => ({ item, index, time: timeOf(item) }));
  ranked.sort((a, b) => b.time - a.time || a.index - b.index);
  const kept = new Set(ranked.slice(0, max).map((entry) => entry.index));
  return items.filter((_, index) => kept.has(index));
}

function cut(text: string | undefined, max: number): string | undefined {
  return text !== undefined && text.length > max ? text.slice(0, max) : text;
}

function boundItem(item: ParsedItem, max: number, warnings: string[]): ParsedItem {
  const long = [item.contentHtml, item.summaryHtml, item.title].some((t) => (t?.length ?? 0) > max);
  if (!long) return item;
  warnings.push(`parser: item ${item.guid ?? item.link ?? '?'} cut to ${max} characters`);
  return {
    ...item,
    title: cut(item.title, max),
    contentHtml: cut(item.contentHtml, max),
    summaryHtml: cut(item.summaryHtml, max),
  };
}

/** Bounds what one feed can hand the later stages: item count and the size of each item's text. */
export function boundFeed(feed: ParsedFeed, limits: FeedLimits): ParsedFeed {
  const warnings = [...feed.warnings];
  const newest = keepNewest(feed.items, limits.maxItems);
  if (newest.length < feed.items.length) {
    warnings.push(
      `parser: ${feed.items.length - newest.length} older items dropped (limit ${limits.maxItems})`,
    );
  }
  const items = newest.map((item) => boundItem(item, limits.maxItemChars, warnings));
  return { ...feed, items, warnings };
}
