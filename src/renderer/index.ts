export type { FeedFormatName } from './build-feed.js';
export { publicError, publicSourceUrl, redactUrls } from './public-url.js';
export { renderFeed } from './render-feed.js';
export { renderIndexPage } from './render-index-page.js';
export { type OpmlOptions, type OpmlSource, renderOpml } from './render-opml.js';
export { renderStoryPage } from './render-story-page.js';
export {
  DEFAULT_PAGE_SIZE,
  describeTopic,
  feedUrls,
  type RenderedTopicFeed,
  renderTopicFeed,
  type TopicFeedPage,
} from './render-topic-feed.js';
export { renderTopicPage, type TopicPage } from './render-topic-page.js';
export { storyPageUrl, topicPageUrl } from './story-page-url.js';
