export { announceTopicChanges } from './announce-topic-changes.js';
export { createMetrics, type Metrics } from './create-metrics.js';
export { FeedCache } from './feed-cache.js';
export { FeedMaxAge } from './feed-max-age.js';
export { exportOpml } from './opml-route.js';
export { describeTopic, renderTopicFeed } from './render-topic-feed.js';
export type { ServerContext } from './server-context.js';
export { type RunningServer, startServer } from './start-server.js';
