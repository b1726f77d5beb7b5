import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  describeTopic,
  renderStoryPage,
  renderTopicPage,
  storyPageUrl,
} from '../renderer/index.js';
import { createRepresentation, sendRepresentation } from './representation.js';
import { HttpError, parsePaging, type RequestTarget } from './request-target.js';
import type { ServerContext } from './start-server.js';
import { storiesOf } from './store-readers.js';

// The reading pages: one story with every copy and its provenance, one topic's latest stories.

const HTML = 'text/html; charset=utf-8';
const STORY_PATH = /^\/stories\/([^/]*)$/;
const TOPIC_PATH = /^\/topics\/([^/]*)$/;
const STORY_ID = /^[1-9]\d{0,15}$/;
const TOPIC_ID = /^[a-z0-9-]{1,64}$/;
/** Stories on one topic page. */
const TOPIC_PAGE_SIZE = 30;
const EPOCH = '1970-01-01T00:00:00.000Z';

/**
 * `GET|HEAD /stories/{id}` and `/topics/{id}`, on either backend; resolves to false when the path
 * is neither.
 */
export async function handlePageRoute(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: RequestTarget,
): Promise<boolean> {
  const story = STORY_PATH.exec(url.pathname);
  if (story) {
    await serveStoryPage(ctx, req, res, story[1] ?? '');
    return true;
  }
  const topic = TOPIC_PATH.exec(url.pathname);
  if (topic) {
    await serveTopicPage(ctx, req, res, topic[1] ?? '', url);
    return true;
  }
  return false;
}

async function serveStoryPage(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
) {
  if (!STORY_ID.test(id)) throw new HttpError(404, 'unknown story');
  const storyId = Number(id);
  // Rendered per request (one story is cheap) so story pages never crowd feeds out of the cache;
  // the ETag still answers a reader's conditional GET with 304.
  const reader = storiesOf(ctx);
  const story = await reader.readStory(storyId);
  const maxAge = ctx.feedMaxAge.compute(ctx.config().poll.schedule, ctx.now());
  if (story === undefined) {
    const survivor = await reader.findMergedStory(storyId);
    if (survivor === undefined) throw new HttpError(404, 'unknown story');
    redirectToStory(ctx, req, res, survivor, maxAge);
    return;
  }
  const rep = createRepresentation(renderStoryPage(story), HTML, new Date(story.updatedAt));
  sendRepresentation(req, res, rep, maxAge);
}

/**
 * A story merged into another (story_merges) moved for good: 301 to the survivor's page, cached
 * no longer than a story page (the survivor may itself be merged or pruned later).
 */
function redirectToStory(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  storyId: number,
  maxAgeSeconds: number,
) {
  const location = storyPageUrl(`${ctx.config().server.baseUrl}/`, storyId);
  res.writeHead(301, {
    Location: location,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': `public, max-age=${maxAgeSeconds}`,
  });
  res.end(req.method === 'HEAD' ? undefined : `moved to ${location}\n`);
}

async function serveTopicPage(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  topic: string,
  url: RequestTarget,
) {
  const config = ctx.config();
  const about = TOPIC_ID.test(topic) ? describeTopic(config, topic) : undefined;
  if (about === undefined) throw new HttpError(404, 'unknown topic');
  const { page } = parsePaging(url.searchParams);
  const reader = storiesOf(ctx);
  const build = async () => {
    const request = { topic, limit: TOPIC_PAGE_SIZE, page };
    const { stories, hasNext } = await reader.readTopicPage(request);
    const updated = stories.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), EPOCH);
    const html = renderTopicPage({ topic, ...about, page, stories, hasNext });
    return createRepresentation(html, HTML, new Date(updated));
  };
  // The first page (what the index links to) is cached with the topic's feeds; older pages are
  // rendered per request so a crawler walking them never crowds the feeds out of the cache.
  const rep = page === 1 ? await ctx.cache.getAsync(topic, 'topic-page', build) : await build();
  sendRepresentation(req, res, rep, ctx.feedMaxAge.compute(config.poll.schedule, ctx.now()));
}
