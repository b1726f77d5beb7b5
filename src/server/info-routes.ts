import type { ServerResponse } from 'node:http';
import { feedUrls, renderIndexPage, renderOpml } from '../renderer/index.js';
import { summarizeSources } from '../store/index.js';
import { HttpError } from './request-target.js';
import type { ServerContext } from './start-server.js';
import { sourcesOf, storiesOf } from './store-readers.js';

// The routes where the instance describes itself: `/` (its topics and sources), `/opml` (its
// sources), `/healthz` and `/metrics` (for monitoring).

/** `GET /`: topics with subscribe links, sources with their health, on either backend. */
export async function handleIndexRoute(
  ctx: ServerContext,
  res: ServerResponse,
  head: boolean,
): Promise<void> {
  const config = ctx.config();
  const stories = storiesOf(ctx);
  const store = sourcesOf(ctx);
  const about = [
    { id: 'all', title: 'All stories', description: 'Every story from every source' },
    ...config.topics,
  ];
  const [counts, articles, rows] = await Promise.all([
    Promise.all(about.map((topic) => stories.countStories(topic.id))),
    store.countArticleFetches(),
    store.listSources({ activeOnly: true }),
  ]);
  const topics = about.map((topic, i) => ({
    id: topic.id,
    title: topic.title,
    description: topic.description,
    storyCount: counts[i] ?? 0,
    urls: feedUrls(config.server.baseUrl, topic.id),
  }));
  const fullText = new Set(
    config.sources.filter((s) => (s.fullText ?? 'never') !== 'never').map((s) => s.id),
  );
  const sources = rows.map((s) => ({
    id: s.id,
    title: s.title ?? s.feedTitle ?? s.id,
    url: config.server.showSources ? s.url : undefined,
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
    articleFetches: articles.get(s.id) ?? (fullText.has(s.id) ? { ok: 0, failed: 0 } : undefined),
  }));
  const body = Buffer.from(renderIndexPage('topicfeed', topics, sources, ctx.now()), 'utf8');
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  });
  res.end(head ? undefined : body);
}

/**
 * `GET /opml`: the active web sources as OPML 2.0, URLs without credentials or query, on either
 * backend; 404 when `server.show_sources` is off.
 */
export async function handleOpmlRoute(
  ctx: ServerContext,
  res: ServerResponse,
  head: boolean,
): Promise<void> {
  if (!ctx.config().server.showSources) throw new HttpError(404, 'not found');
  const sources = await sourcesOf(ctx).listSources({ activeOnly: true });
  const opml = renderOpml(sources, ctx.now());
  const body = Buffer.from(opml, 'utf8');
  res.writeHead(200, {
    'Content-Type': 'text/x-opml; charset=utf-8',
    'Content-Length': body.length,
  });
  res.end(head ? undefined : body);
}

/**
 * `GET /healthz`: 200 with a small JSON status when the database answers, 503 when it does not
 * (SQLite: the sources' summary; PostgreSQL: a ping of the shared store).
 */
export async function handleHealthRoute(ctx: ServerContext, res: ServerResponse): Promise<void> {
  let status = 200;
  let body: Record<string, unknown>;
  try {
    body = await readHealth(ctx);
  } catch (error) {
    status = 503;
    body = { status: 'error', error: error instanceof Error ? error.message : String(error) };
  }
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(`${JSON.stringify(body)}\n`);
}

async function readHealth(ctx: ServerContext): Promise<Record<string, unknown>> {
  if (ctx.shared) {
    await ctx.shared.ping();
    return { status: 'ok', store: 'postgresql' };
  }
  const row = summarizeSources(ctx.db);
  return {
    status: 'ok',
    version: ctx.version,
    sources: row.active,
    last_successful_poll: row.lastSuccessAt,
  };
}

/**
 * `GET /metrics`: Prometheus text exposition of the server's own registry (its gauges read the
 * store of either backend, ServerContext.metrics).
 */
export async function handleMetricsRoute(ctx: ServerContext, res: ServerResponse): Promise<void> {
  const text = await ctx.metrics.registry.metrics();
  res.writeHead(200, { 'Content-Type': ctx.metrics.registry.contentType });
  res.end(text);
}
