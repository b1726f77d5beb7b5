import type { ServerResponse } from 'node:http';
import { feedUrls, renderIndexPage } from '../renderer/index.js';
import { countStories, listSources } from '../store/index.js';
import type { ServerContext } from './server-context.js';

/** `GET /`: topics with subscribe links, sources with their health. */
export function handleIndexRoute(ctx: ServerContext, res: ServerResponse, head: boolean): void {
  const config = ctx.config();
  const topics = [
    { id: 'all', title: 'All stories', description: 'Every story from every source' },
    ...config.topics,
  ].map((topic) => ({
    id: topic.id,
    title: topic.title,
    description: topic.description,
    storyCount: countStories(ctx.db, topic.id),
    urls: feedUrls(config.server.baseUrl, topic.id),
  }));
  const sources = listSources(ctx.db, { activeOnly: true }).map((s) => ({
    id: s.id,
    title: s.title ?? s.feedTitle ?? s.id,
    url: s.url,
    lastAttemptAt: s.lastAttemptAt ?? undefined,
    lastSuccessAt: s.lastSuccessAt ?? undefined,
    lastOutcome: s.lastOutcome ?? undefined,
    lastStatus: s.lastStatus ?? undefined,
    lastError: s.lastError ?? undefined,
    nextPollAt: s.nextPollAt ?? undefined,
    consecutiveErrors: s.consecutiveErrors,
    disabledReason: s.disabledReason ?? undefined,
    entryCount: s.entryCount,
    lastNewEntries: s.lastNewEntries,
    lastUpdatedEntries: s.lastUpdatedEntries,
  }));
  const body = Buffer.from(renderIndexPage('topicfeed', topics, sources, ctx.now()), 'utf8');
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  });
  res.end(head ? undefined : body);
}
