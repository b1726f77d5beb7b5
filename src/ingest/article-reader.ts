import { type FetchOptions, fetchArticle } from '../fetcher/index.js';
import type { ExtractedArticle } from '../model/index.js';

/** Article pages are capped below feeds: a news page is rarely over 2 MB, its text far less. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** What reading one article page came to; a failure is a result, never an exception. */
export interface ArticleRead {
  status: 'ok' | 'failed';
  article?: ExtractedArticle;
  httpStatus?: number;
  finalUrl?: string;
  /** Why it failed, stage-prefixed (`fetcher: …`, `extractor: …`). */
  error?: string;
  durationMs: number;
}

/** Fetches and extracts article pages, politely (see createArticleReader). */
export interface ArticleReader {
  /** One page: `title` is the entry's; `signal` ends the wait of a poll whose time is up. */
  read(url: string, title: string, signal: AbortSignal): Promise<ArticleRead>;
}

/** Runs a task once its host has a free slot: the per-host limit, shared by every poll. */
export interface HostGate {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export interface ArticleReaderOptions {
  /** The daemon's fetch options: User-Agent, guarded dispatcher, deadline, shutdown signal. */
  fetchOptions: FetchOptions;
  /** extractArticle, in the worker pool for the daemon. */
  extract: (html: string, url: string, title: string) => Promise<ExtractedArticle>;
  hostGate: HostGate;
  now: () => Date;
}

/**
 * Reads article pages with the politeness of feed polls: the same User-Agent, private-address
 * refusal and deadline (fetchArticle with the daemon's options), a decoded-size cap of
 * min(poll.max_bytes, 5 MB), at most `per_host` pages at once per host across all polls, and a
 * host that answered 429/503 with Retry-After is left alone until then. Extraction runs through
 * `extract` (the worker pool).
 */
export function createArticleReader(options: ArticleReaderOptions): ArticleReader {
  const fetchOptions = {
    ...options.fetchOptions,
    maxBytes: Math.min(options.fetchOptions.maxBytes, MAX_ARTICLE_BYTES),
  };
  const retryAfter = new Map<string, Date>();
  const readPage = async (
    url: string,
    title: string,
    signal: AbortSignal,
  ): Promise<ArticleRead> => {
    const started = performance.now();
    const failed = (error: unknown, extra: Partial<ArticleRead> = {}): ArticleRead => ({
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
      durationMs: performance.now() - started,
      ...extra,
    });
    const host = hostOf(url);
    const heldUntil = retryAfter.get(host);
    if (heldUntil && heldUntil > options.now()) {
      return failed(`fetcher: not fetched: ${host} asked to wait until ${heldUntil.toISOString()}`);
    }
    if (signal.aborted) return failed(signal.reason);
    let page: Awaited<ReturnType<typeof fetchArticle>>;
    try {
      const shutdown = fetchOptions.signal;
      page = await fetchArticle(url, {
        ...fetchOptions,
        signal: shutdown ? AbortSignal.any([shutdown, signal]) : signal,
      });
    } catch (error) {
      holdHost(retryAfter, host, error, options.now());
      const status = (error as { status?: unknown }).status;
      const reason = signal.aborted ? signal.reason : error;
      return failed(reason, typeof status === 'number' ? { httpStatus: status } : {});
    }
    const fetched = { httpStatus: page.status, finalUrl: page.finalUrl };
    try {
      const article = await options.extract(page.html, page.finalUrl, title);
      return { status: 'ok', article, ...fetched, durationMs: performance.now() - started };
    } catch (error) {
      return failed(error, fetched);
    }
  };
  return {
    read: (url, title, signal) =>
      options.hostGate.run(hostOf(url), () => readPage(url, title, signal)),
  };
}

/** Remembers a host's Retry-After (from a 429/503 FetchError); forgets the ones that passed. */
function holdHost(holds: Map<string, Date>, host: string, error: unknown, now: Date): void {
  for (const [held, until] of holds) if (until <= now) holds.delete(held);
  const retryAt = (error as { retryAt?: unknown }).retryAt;
  if (retryAt instanceof Date && retryAt > now) holds.set(host, retryAt);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'invalid-url';
  }
}
