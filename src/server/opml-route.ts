import type { ServerResponse } from 'node:http';
import { renderOpml } from '../renderer/index.js';
import type { Db } from '../store/index.js';
import { listSources } from '../store/index.js';
import type { ServerContext } from './server-context.js';

/** The active sources as OPML 2.0 (their current URL, after stable permanent redirects). */
export function exportOpml(db: Db, now: Date): string {
  const sources = listSources(db, { activeOnly: true }).map((s) => ({
    id: s.id,
    title: s.title ?? s.feedTitle ?? s.id,
    url: s.url,
    siteUrl: s.siteUrl ?? undefined,
    language: s.language ?? undefined,
  }));
  return renderOpml(sources, 'topicfeed sources', now);
}

export function handleOpmlRoute(ctx: ServerContext, res: ServerResponse, head: boolean): void {
  const body = Buffer.from(exportOpml(ctx.db, ctx.now()), 'utf8');
  res.writeHead(200, {
    'Content-Type': 'text/x-opml; charset=utf-8',
    'Content-Length': body.length,
  });
  res.end(head ? undefined : body);
}
