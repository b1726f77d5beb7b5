export type { FeedFormatName } from './build-feed.js';
export { publicError, publicSourceUrl, redactUrls } from './public-url.js';
export { renderFeed } from './render-feed.js';
export { renderIndexPage } from './render-index-page.js';
export { type OpmlOptions, type OpmlSource, renderOpml } from './render-opml.js';
export {
  DEFAULT_PAGE_SIZE,
  describeTopic,
  feedUrls,
  type RenderedTopicFeed,
  renderTopicFeed,
  type TopicFeedPage,
} from './render-topic-feed.js';
