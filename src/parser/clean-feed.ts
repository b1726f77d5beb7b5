import type { ParsedFeed, ParsedItem } from '../model/index.js';
import { cleanFeedTitle, cleanSiteUrl, xmlSafeText } from '../normalizer/index.js';

function clean(text: string | undefined): string | undefined {
  return text === undefined ? undefined : xmlSafeText(text);
}

function cleanItem(item: ParsedItem): ParsedItem {
  return {
    ...item,
    guid: clean(item.guid),
    link: clean(item.link),
    title: clean(item.title),
    contentHtml: clean(item.contentHtml),
    summaryHtml: clean(item.summaryHtml),
    author: clean(item.author),
    published: clean(item.published),
    updated: clean(item.updated),
    categories: item.categories.map((category) => xmlSafeText(category)),
    base: clean(item.base),
    language: clean(item.language),
  };
}

/**
 * The last parsing step, whatever the format: characters XML forbids (which JSON strings and
 * raw XML text can carry) become U+FFFD in every string; the feed's own title is reduced to
 * bounded plain text and its site link kept only as an absolute http(s) URL.
 */
export function cleanParsedFeed(feed: ParsedFeed): ParsedFeed {
  return {
    ...feed,
    title: cleanFeedTitle(feed.title),
    link: cleanSiteUrl(feed.link),
    language: clean(feed.language),
    items: feed.items.map(cleanItem),
  };
}
