import type { FetchOptions } from '../../src/fetcher/fetch-feed.js';

/** Options for tests against 127.0.0.1: private networks allowed, short deadline. */
export const testFetchOptions: FetchOptions = {
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  userAgent: 'topicfeed/0.1.0 (+http://localhost:8080)',
  allowPrivateNetworks: true,
};
