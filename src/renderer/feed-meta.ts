export type FeedFormatName = 'rss' | 'atom' | 'json';

/** Everything about a served feed that is not its stories: where it lives and what it is. */
export interface FeedMeta {
  topicId: string;
  /** The feed's stable identity (Atom `id`), the same on every page: the unpaged Atom URL. */
  id: string;
  title: string;
  description?: string;
  /** The index page, the feed's `alternate` link. */
  homeUrl: string;
  /** This feed in each format (for `self` and sibling links). */
  urls: Record<FeedFormatName, string>;
  /** The next (older) page in each format, when there is one (RFC 5005). */
  nextUrls?: Record<FeedFormatName, string>;
  websubHub?: string;
  /** The newest story update in the feed; the feed's `updated`. */
  updated: Date;
  /** The page documenting the `_topicfeed` JSON Feed extension. */
  extensionDocsUrl: string;
  generator: string;
}
