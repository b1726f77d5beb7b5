import type { Config } from '../config/index.js';
import type { StoryView } from '../model/index.js';
import type { FeedFormatName } from './build-feed.js';
import { renderFeed } from './render-feed.js';

/** Stories per page when a request does not say. */
export const DEFAULT_PAGE_SIZE = 50;

/** One page of a topic: which feed, which page, and that page's stories as the store read them. */
export interface TopicFeedPage {
  topic: string;
  format: FeedFormatName;
  /** Stories per page; 0 = every story on one page. */
  limit: number;
  page: number;
  /** The page's stories, newest first. */
  stories: readonly StoryView[];
  /** Whether an older page follows (never with limit 0). */
  hasNext: boolean;
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

/** The public URL of a topic feed in each format, with optional paging parameters. */
export function feedUrls(
  baseUrl: string,
  topic: string,
  query = '',
): Record<FeedFormatName, string> {
  const path = `${baseUrl}/feeds/${encodeURIComponent(topic)}`;
  return { rss: `${path}.rss${query}`, atom: `${path}.atom${query}`, json: `${path}.json${query}` };
}

function pageQuery(limit: number, page: number): string {
  return `?limit=${limit}${page > 1 ? `&page=${page}` : ''}`;
}

/**
 * One page of a topic's merged feed (served by the server, written by `export`): its links say
 * where this page lives and, when an older page follows, where that one is. Pure: no clock, no I/O.
 */
export function renderTopicFeed(
  config: Config,
  version: string,
  feedPage: TopicFeedPage,
): RenderedTopicFeed {
  const { topic, format, limit, page, stories } = feedPage;
  const everything = limit === 0;
  const updated = new Date(
    stories.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), EPOCH),
  );
  const about = describeTopic(config, topic);
  const base = config.server.baseUrl;
  const paged = !everything && (page > 1 || limit !== DEFAULT_PAGE_SIZE);
  const text = renderFeed(format, stories, {
    topicId: topic,
    id: feedUrls(base, topic).atom,
    title: `${about?.title ?? topic} — topicfeed`,
    description: about?.description,
    homeUrl: `${base}/`,
    urls: feedUrls(base, topic, paged ? pageQuery(limit, page) : ''),
    nextUrls:
      !everything && feedPage.hasNext
        ? feedUrls(base, topic, pageQuery(limit, page + 1))
        : undefined,
    websubHub: config.server.websubHub,
    updated,
    extensionDocsUrl: `${base}/#topicfeed-extension`,
    generator: `topicfeed ${version}`,
  });
  return { text, updated };
}
