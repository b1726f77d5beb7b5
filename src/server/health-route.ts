import type { ServerResponse } from 'node:http';
import type { ServerContext } from './server-context.js';

/** `GET /healthz`: 200 with a small JSON status when the database answers, 503 when it does not. */
export function handleHealthRoute(ctx: ServerContext, res: ServerResponse): void {
  let status = 200;
  let body: Record<string, unknown>;
  try {
    const row = ctx.db
      .prepare(
        'SELECT max(last_success_at) AS lastSuccess, count(*) AS sources FROM sources WHERE active = 1',
      )
      .get() as { lastSuccess: string | null; sources: number };
    body = {
      status: 'ok',
      version: ctx.version,
      sources: row.sources,
      last_successful_poll: row.lastSuccess,
    };
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
