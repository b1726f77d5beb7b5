import type { Config } from '../config/index.js';
import type { FeedFormatName } from '../renderer/index.js';
import { renderFeed } from '../renderer/index.js';
import type { Db } from '../store/index.js';
import { readStories } from '../store/index.js';
import { feedUrls } from './feed-urls.js';
import { DEFAULT_LIMIT } from './parse-paging.js';

export interface TopicFeedRequest {
  topic: string;
  format: FeedFormatName;
  /** Stories per page; 0 = every story on one page. */
  limit: number;
  page: number;
}

export interface RenderedTopicFeed {
  text: string;
  /** The newest story update in the page (the feed's Last-Modified). */
  updated: Date;
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** The title and description of a topic, or undefined when the config has no such topic. */
export function describeTopic(
  config: Config,
  topic: string,
): { title: string; description?: string } | undefined {
  if (topic === 'all')
    return { title: 'All stories', description: 'Every story from every source' };
  return config.topics.find((t) => t.id === topic);
}

function pageQuery(limit: number, page: number): string {
  return `?limit=${limit}${page > 1 ? `&page=${page}` : ''}`;
}

/** Reads one page of a topic from the store and renders it (used by the server and by `export`). */
export function renderTopicFeed(
  db: Db,
  config: Config,
  version: string,
  request: TopicFeedRequest,
): RenderedTopicFeed {
  const { topic, format, limit, page } = request;
  const everything = limit === 0;
  const rows = readStories(db, {
    topic,
    limit: everything ? -1 : limit + 1,
    offset: everything ? 0 : (page - 1) * limit,
  });
  const stories = everything ? rows : rows.slice(0, limit);
  const updated = new Date(
    stories.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), EPOCH),
  );
  const about = describeTopic(config, topic);
  const base = config.server.baseUrl;
  const paged = !everything && (page > 1 || limit !== DEFAULT_LIMIT);
  const text = renderFeed(format, stories, {
    topicId: topic,
    id: feedUrls(base, topic).atom,
    title: `${about?.title ?? topic} — topicfeed`,
    description: about?.description,
    homeUrl: `${base}/`,
    urls: feedUrls(base, topic, paged ? pageQuery(limit, page) : ''),
    nextUrls:
      !everything && rows.length > limit
        ? feedUrls(base, topic, pageQuery(limit, page + 1))
        : undefined,
    websubHub: config.server.websubHub,
    updated,
    extensionDocsUrl: `${base}/#topicfeed-extension`,
    generator: `topicfeed ${version}`,
  });
  return { text, updated };
}
