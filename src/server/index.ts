export { FeedCache } from './feed-cache.js';
export { FeedMaxAge } from './feed-max-age.js';
export { renderStoredTopicFeed, type TopicFeedRequest } from './feed-route.js';
export { createMetrics, type Metrics } from './metrics.js';
export { type RunningServer, type ServerContext, startServer } from './start-server.js';
export { announceTopicChanges, type HubPing } from './websub.js';
