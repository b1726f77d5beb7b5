/** What the parser stage produces from one document: raw strings, nothing cleaned yet. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface ParsedItem {
  /** RSS guid, Atom id, JSON Feed id, RSS 1.0 rdf:about. */
  guid?: string;
  link?: string;
  /** The title as text (markup inside it already reduced to its text). */
  title?: string;
  /** Full content as HTML (content:encoded, atom:content, content_html). */
  contentHtml?: string;
  /** Short description / summary as HTML. */
  summaryHtml?: string;
  author?: string;
  /** Raw date strings, exactly as the feed gave them. */
  published?: string;
  updated?: string;
  categories: string[];
  /** xml:base in effect for this item, when the feed declared one. */
  base?: string;
  language?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  /** The site's home page. */
  link?: string;
  language?: string;
  /** RSS <ttl>, in minutes. */
  ttlMinutes?: number;
  items: ParsedItem[];
  /** Items or fields dropped while parsing, each saying why. */
  warnings: string[];
}
