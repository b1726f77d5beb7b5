import type { Article } from './articles.js';
import { type BenchItem, generateItem } from './feed-item.js';
import { createRandom } from './random.js';
import { type BenchFeedFormat, renderBenchFeed } from './render-feed.js';

export interface FeedSpec {
  articles: readonly Article[];
  seed: number;
  /** Feed number: names the site and alternates RSS (even) and Atom (odd) unless `format` is set. */
  index: number;
  items: number;
  /** Stories to draw items from, across all feeds of the corpus: about two copies per story when half the items in all. */
  stories: number;
  /** Added to every story number (new stories for a feed that changes). */
  firstStory?: number;
  itemHtmlBytes: number;
  /** The newest item's date; older items are spread back from it, an hour or so apart. */
  newest: Date;
  format?: BenchFeedFormat;
}

/** A generated feed document (RSS or Atom) of realistic HTML items, deterministic for a seed. */
export function generateFeed(spec: FeedSpec): string {
  const random = createRandom(spec.seed * 7919 + spec.index);
  const siteUrl = `https://outlet${spec.index}.example.org`;
  const items: BenchItem[] = [];
  for (let i = 0; i < spec.items; i++) {
    const published = new Date(spec.newest.getTime() - i * 3_600_000 - Math.floor(random() * 6e5));
    items.push(
      generateItem({
        articles: spec.articles,
        random,
        siteUrl,
        serial: spec.seed * 1_000_000 + spec.index * 10_000 + i,
        story: (spec.firstStory ?? 0) + Math.floor(random() * spec.stories),
        published,
        htmlBytes: spec.itemHtmlBytes,
      }),
    );
  }
  const format = spec.format ?? (spec.index % 2 === 0 ? 'rss' : 'atom');
  return renderBenchFeed({ format, title: `Outlet ${spec.index}`, siteUrl, items });
}
