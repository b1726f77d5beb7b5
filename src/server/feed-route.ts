import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/index.js';
import {
  describeTopic,
  type FeedFormatName,
  type RenderedTopicFeed,
  renderTopicFeed,
} from '../renderer/index.js';
import { type Db, readTopicPage } from '../store/index.js';
import { createRepresentation, sendRepresentation } from './representation.js';
import { HttpError, parsePaging, type RequestTarget } from './request-target.js';
import type { ServerContext } from './start-server.js';

/** The media type of each feed format (also the search feeds'). */
export const FEED_CONTENT_TYPES: Record<FeedFormatName, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const FEED_PATH = /^\/feeds\/([a-z0-9-]+)\.(rss|atom|json)$/;

/** `GET|HEAD /feeds/{topic}.{rss,atom,json}`; returns false when the path is not a feed path. */
export async function handleFeedRoute(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: RequestTarget,
): Promise<boolean> {
  const match = FEED_PATH.exec(url.pathname);
  if (!match) return false;
  const [, topic = '', format = 'rss'] = match as unknown as [string, string, FeedFormatName];
  const config = ctx.config();
  if (!describeTopic(config, topic)) throw new HttpError(404, 'unknown topic');
  const { limit, page } = parsePaging(url.searchParams);
  const shape = `${format}:${limit}:${page}`;
  const request = { topic, format, limit, page };
  const shared = ctx.shared;
  const rep = shared
    ? await ctx.cache.getAsync(topic, shape, async () => {
        const stories = await shared.stories.readTopicPage(request);
        const feed = renderTopicFeed(config, ctx.version, { ...request, ...stories });
        return createRepresentation(feed.text, FEED_CONTENT_TYPES[format], feed.updated);
      })
    : ctx.cache.get(topic, shape, () => {
        const feed = renderStoredTopicFeed(ctx.db, config, ctx.version, request);
        return createRepresentation(feed.text, FEED_CONTENT_TYPES[format], feed.updated);
      });
  if (req.url) ctx.cache.remember(req.url, topic, shape);
  sendRepresentation(req, res, rep, ctx.feedMaxAge.compute(config.poll.schedule, ctx.now()));
  return true;
}

/** A repeat request for a feed already served and still current: answered before any routing. */
export function serveRememberedFeed(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return false;
  const rep = ctx.cache.lookup(req.url);
  if (!rep) return false;
  sendRepresentation(req, res, rep, ctx.feedMaxAge.compute(ctx.config().poll.schedule, ctx.now()));
  return true;
}

/** Which topic page to serve, in which format. */
export interface TopicFeedRequest {
  topic: string;
  format: FeedFormatName;
  /** Stories per page; 0 = every story on one page. */
  limit: number;
  page: number;
}

/** Reads one page of a topic and renders it: what a feed request costs when it is not cached. */
export function renderStoredTopicFeed(
  db: Db,
  config: Config,
  version: string,
  request: TopicFeedRequest,
): RenderedTopicFeed {
  return renderTopicFeed(config, version, { ...request, ...readTopicPage(db, request) });
}
