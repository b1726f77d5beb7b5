import type { ServerResponse } from 'node:http';
import { renderOpml } from '../renderer/index.js';
import { listSources } from '../store/index.js';
import type { ServerContext } from './server-context.js';

/** `GET /opml`: the active sources as OPML 2.0. */
export function handleOpmlRoute(ctx: ServerContext, res: ServerResponse, head: boolean): void {
  const opml = renderOpml(listSources(ctx.db, { activeOnly: true }), ctx.now());
  const body = Buffer.from(opml, 'utf8');
  res.writeHead(200, {
    'Content-Type': 'text/x-opml; charset=utf-8',
    'Content-Length': body.length,
  });
  res.end(head ? undefined : body);
}
