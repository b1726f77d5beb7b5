import type { StoryView } from '../model/index.js';
import { escapeHtml } from '../normalizer/index.js';
import { buildFeed } from './build-feed.js';
import type { FeedMeta } from './feed-meta.js';

/**
 * RSS 2.0: pubDate is the story's publication (a joining copy does not make it look new).
 * Item authors are `dc:creator`: RSS `<author>` must be an e-mail address, and we have names.
 */
export function renderRss(stories: readonly StoryView[], meta: FeedMeta): string {
  const xml = buildFeed(stories, meta, (story) => story.publishedAt)
    .rss2()
    .replace(/<author>([^<]*)<\/author>/g, '<dc:creator>$1</dc:creator>');
  if (!meta.nextUrls) return xml;
  const next = `<atom:link href="${escapeHtml(meta.nextUrls.rss)}" rel="next" type="application/rss+xml"/>`;
  return xml.replace('</channel>', `    ${next}\n    </channel>`);
}
