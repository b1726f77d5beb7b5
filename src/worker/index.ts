export {
  createParsePool,
  type FeedBody,
  type FeedEntries,
  type FeedEntriesContext,
  type ParsePool,
} from './parse-pool.js';
