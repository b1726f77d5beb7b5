export {
  type ArticleFetchCounts,
  type ArticleFetchRecord,
  countArticleFetches,
  findStoredArticle,
  type StoredArticle,
  saveArticleFetches,
} from './article-repo.js';
export {
  type FingerprintSource,
  forEachWindowEntry,
  readFingerprintSources,
  saveFingerprint,
  type WindowEntry,
} from './candidate-repo.js';
export {
  createWriteLock,
  type Db,
  migrate,
  openDatabase,
  runTransaction,
  type WriteLock,
} from './database.js';
export {
  countEntries,
  findEntryByKey,
  hasTombstone,
  insertEntry,
  pruneEntries,
  touchEntry,
  touchTombstone,
  updateEntry,
} from './entry-repo.js';
export {
  countStories,
  findStoryId,
  readStories,
  readStory,
  readTopicPage,
} from './read-stories.js';
export { findSearchCandidates, readEntryTextsByIds, syncEntrySearch } from './search-repo.js';
export {
  getSource,
  listDueSources,
  listSources,
  type PollStateUpdate,
  recordPoll,
  type SourceRow,
  summarizeSources,
  syncSources,
} from './source-repo.js';
export {
  type ClaimReading,
  type ClaimSource,
  listStoriesWithoutClaims,
  readClaimSources,
  readStoryClaims,
  type StoredClaims,
  saveClaimReadings,
  saveStoryClaims,
} from './story-claims-repo.js';
export { createStory, makeStoryGuid, refreshStory } from './story-repo.js';
export {
  type EntryReference,
  findEntriesByReference,
  findStoryMembers,
  forgetTopicExample,
  listTopicExamples,
  readTopicExampleStamp,
  readTopicModel,
  saveTopicExample,
  type TopicExampleRow,
  type TopicModelRow,
  writeTopicModel,
} from './topic-example-repo.js';
export {
  addEntryTopics,
  clearEntryTopics,
  dropTopic,
  listStoredTopicIds,
  listTopicEntryIds,
  readEntryTextsAfter,
  readNewestEntryTexts,
  readTopicVersions,
  rebuildStoryTopics,
  replaceEntryTopics,
  type StoredEntryText,
  type TopicMatchRow,
  writeTopicVersion,
} from './topic-repo.js';
export {
  type CheckpointReply,
  createWalCheckpointer,
  type WalCheckpointer,
  type WalCheckpointerOptions,
} from './wal-checkpointer.js';
