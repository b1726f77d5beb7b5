import { FetchError } from './fetch-error.js';

// What a poll sends.

const feedAcceptHeader =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/** The validators kept from the last 200, sent back for a conditional GET. */
export interface ConditionalRequest {
  etag?: string;
  lastModified?: string;
}

/** The headers of every poll: who we are, what we accept, and what we already have. */
export function buildRequestHeaders(
  conditional: ConditionalRequest,
  userAgent: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: feedAcceptHeader,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (conditional.etag) headers['if-none-match'] = conditional.etag;
  if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
  return headers;
}

// What the server answers.

export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** One response header (lower-case name); repeated headers are joined with `, `. */
export function readHeader(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The `max-age` (seconds) of a Cache-Control header; `no-cache`/`no-store` count as 0. */
export function parseMaxAge(cacheControl: string | undefined): number | undefined {
  if (!cacheControl) return undefined;
  const match = /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  if (match?.[1] !== undefined) return Number(match[1]);
  return /(?:^|[,\s])no-(?:cache|store)\b/i.test(cacheControl) ? 0 : undefined;
}

const maxRetryDelayMs = 24 * 60 * 60 * 1000;

/**
 * The instant a `Retry-After` value (delay in seconds or an HTTP date) points to, capped at
 * `now` + 24 h; undefined when absent, unreadable or already past.
 */
export function parseRetryAfter(value: string | undefined, now: Date): Date | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const at = /^\d+$/.test(text) ? now.getTime() + Number(text) * 1000 : Date.parse(text);
  if (Number.isNaN(at) || at <= now.getTime()) return undefined;
  return new Date(Math.min(at, now.getTime() + maxRetryDelayMs));
}

/** Throws a FetchError for any status other than 2xx and 304, with Retry-After and 410 noted. */
export function checkResponseStatus(
  status: number,
  headers: ResponseHeaders,
  url: string,
  now: Date,
): void {
  if ((status >= 200 && status < 300) || status === 304) return;
  const retryAt =
    status === 429 || status === 503
      ? parseRetryAfter(readHeader(headers, 'retry-after'), now)
      : undefined;
  throw new FetchError(`HTTP ${status} from ${url}`, {
    url,
    code: 'http',
    status,
    ...(retryAt && { retryAt }),
    ...(status === 410 && { gone: true }),
  });
}

/**
 * The validators and freshness to keep for the next poll. A 304 may omit the validators; the ones
 * sent are then still current.
 */
export function readCacheHeaders(
  headers: ResponseHeaders,
  status: number,
  sent: ConditionalRequest,
) {
  const notModified = status === 304;
  return {
    etag: readHeader(headers, 'etag') ?? (notModified ? sent.etag : undefined),
    lastModified:
      readHeader(headers, 'last-modified') ?? (notModified ? sent.lastModified : undefined),
    maxAgeSeconds: parseMaxAge(readHeader(headers, 'cache-control')),
  };
}
