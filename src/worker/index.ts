export {
  createParsePool,
  type FeedEntries,
  type FeedEntriesContext,
  type ParsePool,
} from './parse-pool.js';
