export type * from './article.js';
export type * from './entry.js';
export type * from './parsed-feed.js';
export type * from './poll.js';
export type * from './story.js';
