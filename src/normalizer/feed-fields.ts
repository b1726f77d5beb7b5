/**
 * The feed-level fields a source's row keeps (its own title and home page): shown on `/`, in
 * `/opml` and in every merged feed's member titles, so they are cleaned and bounded here.
 */
import { decodeTitle } from './html-to-text.js';
import { xmlSafeText } from './xml-safe.js';

/** Characters kept of a feed's own title; a longer one is cut and ends with `…`. */
export const MAX_FEED_TITLE_CHARS = 300;
/** A site URL longer than this is not kept. */
const MAX_SITE_URL_CHARS = 2_048;

/** The feed's title as plain text, XML-safe, at most MAX_FEED_TITLE_CHARS; undefined when empty. */
export function cleanFeedTitle(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  // Markup and entities are read on a bounded prefix: a title of megabytes costs no more than this.
  const text = xmlSafeText(decodeTitle(raw.slice(0, MAX_FEED_TITLE_CHARS * 8)), '');
  if (text === '') return undefined;
  const chars = Array.from(text);
  if (chars.length <= MAX_FEED_TITLE_CHARS) return text;
  return `${chars
    .slice(0, MAX_FEED_TITLE_CHARS - 1)
    .join('')
    .trimEnd()}…`;
}

/** The feed's home page, kept only as an absolute http(s) URL without credentials. */
export function cleanSiteUrl(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text || text.length > MAX_SITE_URL_CHARS) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return xmlSafeText(url.href, '');
}
