import type { Dispatcher } from 'undici';
import { buildFetchedResult, type FetchedFeed } from './build-fetched-result.js';
import { buildRequestHeaders } from './build-request-headers.js';
import { checkResponseStatus } from './check-response-status.js';
import { FetchError, toFetchError } from './fetch-error.js';
import { createFetchDispatcher } from './network-guard.js';
import { parseMaxAge } from './parse-max-age.js';
import { readCappedBody } from './read-capped-body.js';
import { readFeedFile } from './read-feed-file.js';
import { readHeader } from './read-header.js';
import { type FinalResponse, requestFollowingRedirects } from './request-following-redirects.js';

export interface FetchRequest {
  /** http:, https: or file: */
  url: string;
  /** From the last 200. */
  etag?: string;
  lastModified?: string;
  /** sha256 hex of the last decoded body. */
  previousBodyHash?: string;
}

export interface FetchOptions {
  /** One overall deadline for the whole poll (connect, headers, body). */
  timeoutMs: number;
  /** Cap on decoded bytes (after gzip/deflate/br). */
  maxBytes: number;
  userAgent: string;
  allowPrivateNetworks: boolean;
  /** From createFetchDispatcher with the same allowPrivateNetworks; one is made per call if absent. */
  dispatcher?: Dispatcher;
  /** Aborted on shutdown. */
  signal?: AbortSignal;
}

export interface NotModifiedFeed {
  kind: 'not-modified';
  status: 304;
  etag?: string;
  lastModified?: string;
  maxAgeSeconds?: number;
  /** The final URL when a 304 was reached only through 301/308 redirects. */
  permanentRedirect?: string;
}

export type FetchResult = FetchedFeed | NotModifiedFeed;

function readCacheFields(final: FinalResponse, req: FetchRequest) {
  const { headers } = final.response;
  const etag = readHeader(headers, 'etag');
  const lastModified = readHeader(headers, 'last-modified');
  const maxAgeSeconds = parseMaxAge(readHeader(headers, 'cache-control'));
  const notModified = final.response.statusCode === 304;
  return {
    etag: etag ?? (notModified ? req.etag : undefined),
    lastModified: lastModified ?? (notModified ? req.lastModified : undefined),
    maxAgeSeconds,
  };
}

function checkContentLength(final: FinalResponse, maxBytes: number): void {
  const length = Number(readHeader(final.response.headers, 'content-length') ?? Number.NaN);
  if (!(length > maxBytes)) return;
  const url = final.finalUrl;
  const message = `Content-Length ${length} of ${url} exceeds ${maxBytes} bytes`;
  throw new FetchError(message, { url, code: 'too-large' });
}

async function readResponse(
  final: FinalResponse,
  req: FetchRequest,
  opts: FetchOptions,
): Promise<FetchResult> {
  const { statusCode: status, headers, body } = final.response;
  checkResponseStatus(status, headers, final.finalUrl, new Date());
  const cache = readCacheFields(final, req);
  if (status === 304) {
    const redirect = final.permanentRedirect ? { permanentRedirect: final.permanentRedirect } : {};
    return { kind: 'not-modified', status, ...withoutUndefined(cache), ...redirect };
  }
  checkContentLength(final, opts.maxBytes);
  const encoding = readHeader(headers, 'content-encoding');
  const bytes = await readCappedBody(body, encoding, opts.maxBytes, final.finalUrl);
  const contentType = readHeader(headers, 'content-type');
  const { previousBodyHash } = req;
  const fetched = { bytes, status, finalUrl: final.finalUrl, contentType, previousBodyHash };
  return buildFetchedResult(fetched, { ...cache, permanentRedirect: final.permanentRedirect });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function fetchHttp(req: FetchRequest, opts: FetchOptions, signal: AbortSignal) {
  const owned = opts.dispatcher ? undefined : createFetchDispatcher(opts);
  const dispatcher = opts.dispatcher ?? (owned as Dispatcher);
  const headers = buildRequestHeaders(req, opts.userAgent);
  const context = { headers, dispatcher, signal, allowPrivateNetworks: opts.allowPrivateNetworks };
  try {
    const final = await requestFollowingRedirects(req.url, context);
    try {
      return await readResponse(final, req, opts);
    } finally {
      final.response.body.dump({ limit: 128 * 1024, signal }).catch(() => {});
    }
  } finally {
    await owned?.destroy();
  }
}

async function fetchFile(req: FetchRequest, opts: FetchOptions, signal: AbortSignal) {
  const bytes = await readFeedFile(req.url, opts.maxBytes, signal);
  return buildFetchedResult(
    { bytes, status: 200, finalUrl: req.url, previousBodyHash: req.previousBodyHash },
    {},
  );
}

/**
 * Polls one feed: conditional GET with manual redirects, decoded-size cap and one deadline, or
 * reads a `file:` URL; the body comes back decoded to text. Throws FetchError.
 */
export async function fetchFeed(req: FetchRequest, opts: FetchOptions): Promise<FetchResult> {
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
  const signals = { deadline, timeoutMs: opts.timeoutMs, shutdown: opts.signal };
  try {
    const isFile = req.url.startsWith('file:');
    return await (isFile ? fetchFile(req, opts, signal) : fetchHttp(req, opts, signal));
  } catch (error) {
    throw toFetchError(error, req.url, signals);
  }
}
