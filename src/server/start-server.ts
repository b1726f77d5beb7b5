import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { Db, SearchStore, SourceStore, StoryReader } from '../store/index.js';
import type { FeedCache } from './feed-cache.js';
import type { FeedMaxAge } from './feed-max-age.js';
import { handleRequest } from './handle-request.js';
import type { Metrics } from './metrics.js';
import type { SearchRunner } from './run-search.js';
import { SearchPool } from './search-pool.js';
import { SharedSearch } from './shared-search.js';

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
  /**
   * Where `/search` runs, made by startServer (from `server.search*`, read at start): the worker
   * pool on SQLite (absent for an in-memory database, whose searches run on the main thread), the
   * shared store's index on PostgreSQL.
   */
  searchPool?: SearchRunner;
  /**
   * Set when the store is PostgreSQL shared by several instances: the feeds, the pages (`/`,
   * topics, stories) and `/opml` are read through `stories` and `sources`, `/search` through
   * `search`, `/metrics` through the stores `metrics` was made with, and `/healthz` pings the
   * database; `db` is not read.
   */
  shared?: SharedStore;
}

/** The PostgreSQL store, as the server role reads it. */
export interface SharedStore {
  stories: StoryReader;
  sources: SourceStore;
  /** The `/search` index (its statements bounded by `server.search_timeout`). */
  search: SearchStore;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
}

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** How often Node checks open connections for the headers and request timeouts. */
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

/**
 * Starts node:http on host:port (port 0 picks a free one); oversized headers get 431 from Node.
 * Connection limits come from `server:` (read at start): at most `max_connections` open at once
 * (more are closed on arrival), request headers within `headers_timeout` and the whole request
 * within `request_timeout` (else 408 and the connection closed), checked every second.
 */
export async function startServer(
  ctx: ServerContext,
  host: string,
  port: number,
): Promise<RunningServer> {
  const limits = ctx.config().server;
  const server = createServer(
    {
      maxHeaderSize: 16 * 1024,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
      connectionsCheckingInterval: Math.min(
        CONNECTIONS_CHECKING_INTERVAL_MS,
        limits.headersTimeoutMs,
      ),
    },
    (req, res) => {
      void handleRequest(ctx, req, res);
    },
  );
  server.maxConnections = limits.maxConnections;
  const database = ctx.config().database;
  // Made even when search is off (a reload may turn it on); workers start on the first search.
  if (ctx.shared) ctx.searchPool ??= new SharedSearch(ctx.shared.search, limits.search);
  else if (database !== ':memory:' && !ctx.searchPool) {
    ctx.searchPool = new SearchPool(database, limits.search);
  }
  const searchPool = ctx.searchPool;
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
      }).then(async () => {
        await searchPool?.close();
        if (ctx.searchPool === searchPool) ctx.searchPool = undefined;
      }),
  };
}
