import type { StoryView } from '../model/index.js';
import { buildFeed } from './build-feed.js';
import type { FeedMeta } from './feed-meta.js';

type JsonObject = Record<string, unknown>;

function extensionOf(story: StoryView, meta: FeedMeta): JsonObject {
  return {
    about: meta.extensionDocsUrl,
    story: story.guid,
    topics: story.topics,
    members: story.members.map((member) => ({
      source: member.sourceId,
      id: member.guid ?? null,
      url: member.url ?? null,
      title: member.title,
      published: member.publishedAt,
      score: Math.round(member.score * 1000) / 1000,
      signals: member.signals,
    })),
  };
}

/** Turns the `feed` package's JSON Feed 1.0 output into a complete JSON Feed 1.1 with `_topicfeed`. */
function upgradeItem(item: JsonObject, story: StoryView, meta: FeedMeta): JsonObject {
  const { author, tags, ...rest } = item;
  return {
    ...rest,
    ...(author ? { authors: [author] } : {}),
    ...(Array.isArray(tags) && tags.length > 0 ? { tags } : {}),
    ...(story.language ? { language: story.language } : {}),
    _topicfeed: extensionOf(story, meta),
  };
}

/** JSON Feed 1.1; each item carries the `_topicfeed` extension object of DESIGN.md. */
export function renderJson(stories: readonly StoryView[], meta: FeedMeta): string {
  const { author, ...base } = JSON.parse(
    buildFeed(stories, meta, (story) => story.updatedAt).json1(),
  ) as JsonObject;
  const items = (base.items as JsonObject[]).map((item, index) =>
    upgradeItem(item, stories[index] as StoryView, meta),
  );
  const feed: JsonObject = {
    ...base,
    version: 'https://jsonfeed.org/version/1.1',
    ...(author ? { authors: [author] } : {}),
    ...(meta.nextUrls ? { next_url: meta.nextUrls.json } : {}),
    ...(meta.websubHub ? { hubs: [{ type: 'WebSub', url: meta.websubHub }] } : {}),
    items,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
