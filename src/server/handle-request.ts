import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleFeedRoute, serveRememberedFeed } from './feed-route.js';
import {
  handleHealthRoute,
  handleIndexRoute,
  handleMetricsRoute,
  handleOpmlRoute,
} from './info-routes.js';
import { handlePageRoute } from './page-routes.js';
import { HttpError, parseRequestTarget } from './request-target.js';
import { handleSearchRoute } from './search-route.js';
import { applySecurityHeaders, describeRefusal } from './security-headers.js';
import type { ServerContext } from './start-server.js';

async function route(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<string> {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
  const url = parseRequestTarget(req);
  const head = req.method === 'HEAD';
  if (await handleFeedRoute(ctx, req, res, url)) return 'feed';
  if (await handlePageRoute(ctx, req, res, url))
    return url.pathname.startsWith('/stories/') ? 'story' : 'topic';
  if (url.pathname === '/') {
    await handleIndexRoute(ctx, res, head);
    return 'index';
  }
  if (url.pathname === '/healthz') {
    await handleHealthRoute(ctx, res);
    return 'healthz';
  }
  switch (url.pathname) {
    case '/opml':
      await handleOpmlRoute(ctx, res, head);
      return 'opml';
    case '/search':
      await handleSearchRoute(ctx, req, res, url);
      return 'search';
    case '/metrics':
      await handleMetricsRoute(ctx, res);
      return 'metrics';
    default:
      throw new HttpError(404, 'not found');
  }
}

const ROUTE_NAMES: Record<string, string> = {
  '/': 'index',
  '/opml': 'opml',
  '/healthz': 'healthz',
  '/search': 'search',
  '/metrics': 'metrics',
};

/** The metrics label of a request target, known before routing so refusals are counted too. */
function nameRoute(target = ''): string {
  const path = target.split('?')[0] ?? '';
  if (path.startsWith('/feeds/')) return 'feed';
  if (path.startsWith('/stories/')) return 'story';
  if (path.startsWith('/topics/')) return 'topic';
  return ROUTE_NAMES[path] ?? 'other';
}

/**
 * The one request handler: security headers on every answer, routes, turns refusals into short
 * text answers that never quote the request, never throws.
 */
export async function handleRequest(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // The repeat-feed fast path sends the security headers in its one writeHead call.
  if (serveRememberedFeed(ctx, req, res)) {
    ctx.metrics.recordRequest('feed', res.statusCode);
    return;
  }
  applySecurityHeaders(res);
  let name = nameRoute(req.url);
  try {
    name = await route(ctx, req, res);
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 500;
    if (status === 500) ctx.logger.error({ err: error, url: req.url }, 'request failed');
    if (!res.headersSent) {
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        ...(status === 405 ? { Allow: 'GET, HEAD' } : {}),
        ...(error instanceof HttpError ? error.headers : {}),
      });
      res.end(`${status === 500 ? 'internal error' : describeRefusal((error as Error).message)}\n`);
    } else res.destroy();
  }
  ctx.metrics.recordRequest(name, res.statusCode);
}
