export { boundFeed, DEFAULT_FEED_LIMITS, type FeedLimits } from './bound-feed.js';
export { parseFeed } from './parse-feed.js';
