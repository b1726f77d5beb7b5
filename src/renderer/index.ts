export type { FeedFormatName } from './build-feed.js';
export { renderFeed } from './render-feed.js';
export { renderIndexPage } from './render-index-page.js';
export { renderOpml } from './render-opml.js';
