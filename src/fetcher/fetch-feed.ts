import type { Dispatcher } from 'undici';
import { readFeedFile, readResponseBody } from './body.js';
import { toFetchError } from './fetch-error.js';
import {
  buildRequestHeaders,
  checkResponseStatus,
  readCacheHeaders,
  readHeader,
} from './http-headers.js';
import { createFetchDispatcher } from './network-guard.js';
import { type FinalResponse, requestFollowingRedirects } from './redirects.js';

export interface FetchRequest {
  /** http:, https: or file: */
  url: string;
  /** From the last 200. */
  etag?: string;
  lastModified?: string;
  /** sha256 hex of the last body (its bytes once Content-Encoding is undone). */
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

export interface FetchedFeed {
  kind: 'fetched';
  status: number;
  finalUrl: string;
  /**
   * The body's bytes (Content-Encoding undone, charset not): decodeFeedBytes(bytes, contentType)
   * gives the text. They own their ArrayBuffer whole, so they can be transferred to a worker.
   */
  bytes: Uint8Array;
  /** The response's Content-Type, for the charset (absent for `file:` sources). */
  contentType?: string;
  bodyHash: string;
  unchanged: boolean;
  etag?: string;
  lastModified?: string;
  maxAgeSeconds?: number;
  permanentRedirect?: string;
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

interface FetchedBody {
  bytes: Uint8Array;
  status: number;
  finalUrl: string;
  contentType?: string;
  previousBodyHash?: string;
}

type CacheFields = Pick<
  FetchedFeed,
  'etag' | 'lastModified' | 'maxAgeSeconds' | 'permanentRedirect'
>;

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * sha256 hex of a body, computed by WebCrypto on libuv's thread pool: hashing a 20 MB body on the
 * main thread would stall the event loop for tens of milliseconds.
 */
async function hashBody(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Buffer.from(digest).toString('hex');
}

/**
 * The body's bytes in an ArrayBuffer of their own: small Buffers live in Node's shared pool,
 * whose ArrayBuffer must never be transferred (detached) to a worker.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}

/** Hashes a body into the `fetched` result; decoding its charset is left to the parse job. */
async function buildFetchedResult(body: FetchedBody, cache: CacheFields): Promise<FetchedFeed> {
  const bytes = ownBuffer(body.bytes);
  const bodyHash = await hashBody(bytes);
  return {
    kind: 'fetched',
    status: body.status,
    finalUrl: body.finalUrl,
    bytes,
    ...(body.contentType !== undefined ? { contentType: body.contentType } : {}),
    bodyHash,
    unchanged: bodyHash === body.previousBodyHash,
    ...withoutUndefined(cache),
  };
}

async function readResponse(
  final: FinalResponse,
  req: FetchRequest,
  opts: FetchOptions,
): Promise<FetchResult> {
  const { statusCode: status, headers, body } = final.response;
  checkResponseStatus(status, headers, final.finalUrl, new Date());
  const cache = readCacheHeaders(headers, status, req);
  if (status === 304) {
    const redirect = final.permanentRedirect ? { permanentRedirect: final.permanentRedirect } : {};
    return { kind: 'not-modified', status, ...withoutUndefined(cache), ...redirect };
  }
  const bytes = await readResponseBody(headers, body, opts.maxBytes, final.finalUrl);
  const contentType = readHeader(headers, 'content-type');
  const { previousBodyHash } = req;
  const fetched = { bytes, status, finalUrl: final.finalUrl, contentType, previousBodyHash };
  return buildFetchedResult(fetched, { ...cache, permanentRedirect: final.permanentRedirect });
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
 * reads a `file:` URL; the body comes back as bytes with its Content-Type (decodeFeedBytes makes
 * the text, in the parse worker) and its sha256. Throws FetchError.
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
