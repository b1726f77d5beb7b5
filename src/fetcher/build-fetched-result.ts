import { decodeFeedBytes } from './charset.js';
import { hashBytes } from './hash-bytes.js';

export interface FetchedFeed {
  kind: 'fetched';
  status: number;
  finalUrl: string;
  text: string;
  encoding: string;
  bodyHash: string;
  unchanged: boolean;
  etag?: string;
  lastModified?: string;
  maxAgeSeconds?: number;
  permanentRedirect?: string;
}

export interface FetchedBody {
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

/** Hashes and decodes a body into the `fetched` result. */
export function buildFetchedResult(body: FetchedBody, cache: CacheFields): FetchedFeed {
  const bodyHash = hashBytes(body.bytes);
  const { text, encoding } = decodeFeedBytes(body.bytes, body.contentType);
  const defined = Object.entries(cache).filter(([, value]) => value !== undefined);
  return {
    kind: 'fetched',
    status: body.status,
    finalUrl: body.finalUrl,
    text,
    encoding,
    bodyHash,
    unchanged: bodyHash === body.previousBodyHash,
    ...(Object.fromEntries(defined) as CacheFields),
  };
}
