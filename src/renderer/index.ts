export type { FeedFormatName } from './feed-meta.js';
export { renderFeed } from './render-feed.js';
export { renderIndexPage } from './render-index-page.js';
export { renderOpml } from './render-opml.js';
