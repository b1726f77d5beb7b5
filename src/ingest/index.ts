export {
  type ArticleReader,
  createArticleReader,
  type HostGate,
  MAX_ARTICLE_BYTES,
} from './article-reader.js';
export {
  classifyForStore,
  type IngestCounts,
  type IngestOptions,
  ingestEntries,
  placeEntry,
} from './ingest-entries.js';
export { catchUpStoryWindow, loadStoryWindow, loadStoryWindowFrom } from './load-story-window.js';
export { type PollDeps, pollSource } from './poll-source.js';
export { type ClaimsStepOptions, refreshClaimsAfterPoll } from './refresh-claims-after-poll.js';
