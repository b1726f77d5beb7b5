import { decodeFeedBytes } from '../../src/fetcher/charset.js';
import type { FetchOptions, FetchResult } from '../../src/fetcher/fetch-feed.js';

/** Options for tests against 127.0.0.1: private networks allowed, short deadline. */
export const testFetchOptions: FetchOptions = {
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  userAgent: 'topicfeed/0.1.0 (+http://localhost:8080)',
  allowPrivateNetworks: true,
};

/** The decoded text of a fetched body (undefined for a 304). */
export function bodyText(result: FetchResult): string | undefined {
  return result.kind === 'fetched'
    ? decodeFeedBytes(result.bytes, result.contentType).text
    : undefined;
}
