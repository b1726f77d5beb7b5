/** One cleaned entry of one source, as the normalizer hands it to the store. */
export interface NormalizedEntry {
  sourceId: string;
  /** Per-source identity: guid, else canonical link, else a hash of title and content. */
  key: string;
  guid?: string;
  /** The link as the feed gave it, made absolute. */
  link?: string;
  /** Canonical URL: lower-cased scheme/host, no default port, no fragment, no tracking params. */
  url?: string;
  /** Plain text, repaired and whitespace-collapsed. */
  title: string;
  /** Sanitized HTML, safe to republish. */
  contentHtml: string;
  /** Plain text of the content, for matching and clustering. */
  text: string;
  /** About 300 characters of plain text. */
  summary: string;
  author?: string;
  /** ISO 639-1 code: configured hint, else detected from the script. */
  language?: string;
  /** ISO 8601 (UTC). Falls back to the fetch time; never in the future. */
  publishedAt: string;
  /** True when publishedAt came from the feed, false when it is the fetch time. */
  hasFeedDate: boolean;
  updatedAt?: string;
  categories: string[];
  /** sha256 of title + text, hex; a changed hash means the entry changed. */
  contentHash: string;
  warnings: string[];
}

/** An entry as stored: a row id and the story it belongs to. */
export interface StoredEntry extends NormalizedEntry {
  id: number;
  storyId: number;
  firstSeenAt: string;
}
