import { Feed, type Item } from 'feed';
import type { StoryView } from '../model/index.js';
import { escapeHtml } from '../normalizer/index.js';
import { isWebUrl, renderAlsoReported } from './render-also-reported.js';

export { isWebUrl };

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

/** The `feed` package's Feed for one topic page; `dateOf` picks the item date the format wants. */
export function buildFeed(
  stories: readonly StoryView[],
  meta: FeedMeta,
  dateOf: (story: StoryView) => string,
): Feed {
  const feed = new Feed({
    id: meta.id,
    title: meta.title,
    description: meta.description ?? meta.title,
    link: meta.homeUrl,
    updated: meta.updated,
    generator: meta.generator,
    feedLinks: { rss: meta.urls.rss, atom: meta.urls.atom, json: meta.urls.json },
    hub: meta.websubHub,
    copyright: '',
    author: { name: 'topicfeed', link: meta.homeUrl },
  });
  for (const story of stories) feed.addItem(toItem(story, meta, dateOf));
  return feed;
}

function toItem(story: StoryView, meta: FeedMeta, dateOf: (story: StoryView) => string): Item {
  return {
    id: story.guid,
    guid: story.guid,
    title: story.title || '(untitled)',
    link: story.link ?? meta.homeUrl,
    date: new Date(dateOf(story)),
    published: new Date(story.publishedAt),
    description: story.summary || undefined,
    content: renderStoryContent(story),
    author: story.author ? [{ name: story.author }] : undefined,
    category: story.topics.map((topic) => ({ name: topic, term: topic })),
  };
}

/** The item body: the representative's sanitized content, then the other outlets. */
function renderStoryContent(story: StoryView): string {
  const body = story.contentHtml || `<p>${escapeHtml(story.summary)}</p>`;
  return `${body}${renderAlsoReported(story)}`;
}
