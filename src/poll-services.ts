import { availableParallelism } from 'node:os';
import type { Config } from './config/index.js';
import { createFetchDispatcher, type FetchOptions } from './fetcher/index.js';
import { type ArticleReader, createArticleReader } from './ingest/index.js';
import { createHostLimiter } from './scheduler/index.js';
import { createParsePool, type ParsePool } from './worker/index.js';

/** What polling needs whatever the store: fetch settings, the worker pool, the article reader. */
export interface PollServices {
  fetchOptions: FetchOptions;
  /** Parses feeds in worker threads, each job bounded by the poll timeout. */
  parsePool: ParsePool;
  /** Fetches and extracts the article pages of `full_text` sources (extraction in parsePool). */
  articles: ArticleReader;
  /** Aborts the fetches in flight (shutdown after the grace period). */
  abort(): void;
  close(): void;
}

/** Builds the poll services for a config, once per process (the composition roots call it). */
export function createPollServices(config: Config, version: string): PollServices {
  const dispatcher = createFetchDispatcher({
    allowPrivateNetworks: config.poll.allowPrivateNetworks,
    connectTimeoutMs: config.poll.timeoutMs,
  });
  const shutdown = new AbortController();
  const fetchOptions: FetchOptions = {
    timeoutMs: config.poll.timeoutMs,
    maxBytes: config.poll.maxBytes,
    userAgent: `topicfeed/${version} (+${config.server.baseUrl})`,
    allowPrivateNetworks: config.poll.allowPrivateNetworks,
    dispatcher,
    signal: shutdown.signal,
  };
  const parsePool = createParsePool({
    size: Math.min(2, availableParallelism()),
    deadlineMs: config.poll.timeoutMs,
  });
  const articles = createArticleReader({
    fetchOptions,
    extract: (html, url, title) => parsePool.extract(html, url, title),
    hostGate: createHostLimiter(config.poll.perHost, config.poll.concurrency),
    now: () => new Date(),
  });
  return {
    fetchOptions,
    parsePool,
    articles,
    abort: () => shutdown.abort(),
    close() {
      void parsePool.close();
      void dispatcher.close();
    },
  };
}
