import type { FeedFormatName } from '../renderer/index.js';

/** The public URL of a topic feed in each format, with optional paging parameters. */
export function feedUrls(
  baseUrl: string,
  topic: string,
  query = '',
): Record<FeedFormatName, string> {
  const path = `${baseUrl}/feeds/${encodeURIComponent(topic)}`;
  return { rss: `${path}.rss${query}`, atom: `${path}.atom${query}`, json: `${path}.json${query}` };
}
