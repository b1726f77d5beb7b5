import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { Db } from '../store/index.js';
import type { FeedCache } from './feed-cache.js';
import type { FeedMaxAge } from './feed-max-age.js';
import { handleRequest } from './handle-request.js';
import type { Metrics } from './metrics.js';

/** What the HTTP server needs, passed in by the composition root. */
export interface ServerContext {
  db: Db;
  /** The current config (it may be reloaded on SIGHUP). */
  config: () => Config;
  logger: Logger;
  cache: FeedCache;
  /** Cache-Control max-age of feeds, from the poll schedule. */
  feedMaxAge: FeedMaxAge;
  metrics: Metrics;
  now: () => Date;
  version: string;
}

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Starts node:http on host:port (port 0 picks a free one); oversized headers get 431 from Node. */
export async function startServer(
  ctx: ServerContext,
  host: string,
  port: number,
): Promise<RunningServer> {
  const server = createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 30_000 }, (req, res) => {
    void handleRequest(ctx, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
