export {
  createParsePool,
  type FeedBody,
  type FeedEntries,
  type FeedEntriesContext,
  type ParsePool,
} from './parse-pool.js';
export {
  decodeFingerprint,
  type EncodedFingerprint,
  type EntryPreparation,
  MAX_READ_TEXT_CHARS,
} from './prepare-entry.js';
export { startWorker } from './start-worker.js';
