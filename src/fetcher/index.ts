export { type DecodedFeedText, decodeFeedBytes } from './charset.js';
export { type FetchedArticle, fetchArticle } from './fetch-article.js';
export { FetchError } from './fetch-error.js';
export {
  type FetchedFeed,
  type FetchOptions,
  type FetchResult,
  fetchFeed,
} from './fetch-feed.js';
export { createFetchDispatcher } from './network-guard.js';
