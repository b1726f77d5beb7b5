import { Feed, type Item } from 'feed';
import type { StoryView } from '../model/index.js';
import type { FeedMeta } from './feed-meta.js';
import { renderStoryContent } from './render-story-content.js';

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
