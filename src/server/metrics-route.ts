import type { ServerResponse } from 'node:http';
import type { ServerContext } from './server-context.js';

/** `GET /metrics`: Prometheus text exposition of the server's own registry. */
export async function handleMetricsRoute(ctx: ServerContext, res: ServerResponse): Promise<void> {
  const text = await ctx.metrics.registry.metrics();
  res.writeHead(200, { 'Content-Type': ctx.metrics.registry.contentType });
  res.end(text);
}
