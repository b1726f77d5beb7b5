export {
  type ArticleReader,
  createArticleReader,
  type HostGate,
  MAX_ARTICLE_BYTES,
} from './article-reader.js';
export { classifyForStore, ingestEntries, placeEntry } from './ingest-entries.js';
export { catchUpStoryWindow, loadStoryWindow, loadStoryWindowFrom } from './load-story-window.js';
export { type PollDeps, pollSource } from './poll-source.js';
