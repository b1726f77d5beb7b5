export { createFetchDispatcher } from './create-fetch-dispatcher.js';
export { FetchError } from './fetch-error.js';
export { type FetchOptions, type FetchResult, fetchFeed } from './fetch-feed.js';
