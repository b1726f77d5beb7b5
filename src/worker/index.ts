export {
  createParsePool,
  type FeedBody,
  type FeedEntries,
  type FeedEntriesContext,
  type ParsePool,
} from './parse-pool.js';
export { startWorker } from './start-worker.js';
