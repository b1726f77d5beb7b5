export { FeedCache } from './feed-cache.js';
export { FeedMaxAge } from './feed-max-age.js';
/**
 * `renderTopicFeed` is the old name of `renderStoredTopicFeed`, kept for bench/scenarios/serve.ts
 * only (the renderer's `renderTopicFeed` is the pure one): drop it once the bench uses the new name.
 */
export {
  renderStoredTopicFeed,
  renderStoredTopicFeed as renderTopicFeed,
  type TopicFeedRequest,
} from './feed-route.js';
export { createMetrics, type Metrics } from './metrics.js';
export { type RunningServer, type ServerContext, startServer } from './start-server.js';
export { announceTopicChanges, type HubPing } from './websub.js';
