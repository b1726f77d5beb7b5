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
  type WindowRequest,
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
  type KnownEntry,
  type PruneCounts,
  type PruneRequest,
  pruneEntries,
  type StoryJoin,
  touchEntry,
  touchTombstone,
  updateEntry,
} from './entry-repo.js';
export {
  createSqliteIngestStore,
  createSqliteIngestWriter,
  type IngestStore,
  type IngestWriter,
  type StoryFounding,
} from './ingest-store.js';
export { type CopyCounts, copySqliteStore } from './postgres/copy-sqlite-store.js';
export { migratePostgres } from './postgres/migrate-postgres.js';
export {
  backfillPostgresStoryClaims,
  type PostgresClaimsBackfill,
} from './postgres/postgres-claims-backfill.js';
export { createPostgresIngestStore } from './postgres/postgres-ingest-store.js';
export { openPostgresPool, type PgPool } from './postgres/postgres-pool.js';
export { createPostgresSearchStore } from './postgres/postgres-search-store.js';
export { createPostgresSourceStore } from './postgres/postgres-source-store.js';
export { createPostgresStoryReader } from './postgres/postgres-story-reader.js';
export { createPostgresTopicStore } from './postgres/postgres-topic-store.js';
export {
  readPostgresFingerprintSources,
  savePostgresFingerprints,
} from './postgres/postgres-window.js';
export {
  type ListenHandlers,
  listenForTopicChanges,
  notifyTopicsChanged,
  type TopicChangeListener,
} from './postgres/topic-change-channel.js';
export {
  countStories,
  findStoryId,
  readStories,
  readStory,
  readTopicPage,
} from './read-stories.js';
export { findSearchCandidates, readEntryTextsByIds, syncEntrySearch } from './search-repo.js';
export {
  createSqliteSearchStore,
  type SearchDialect,
  type SearchStore,
  SearchTimeoutError,
} from './search-store.js';
export {
  getSource,
  listDueSources,
  listSources,
  type PollStateUpdate,
  recordPoll,
  type SourceRow,
  type SourceSummary,
  summarizeSources,
  syncSources,
} from './source-repo.js';
export {
  createSqliteSourceStore,
  type LeaseRequest,
  type SourceStore,
} from './source-store.js';
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
export {
  findMergedStory,
  mergeStories,
  readStoryMergesAfter,
  type StoryMerge,
} from './story-merge-repo.js';
export {
  createSqliteStoryReader,
  type StoryReader,
  type TopicPage,
  type TopicPageRequest,
} from './story-reader.js';
export { createStory, makeStoryGuid, refreshStory } from './story-repo.js';
export type { EntryReference, TopicExampleRow } from './topic-example-repo.js';
export type { StoredEntryText, TopicMatchRow } from './topic-repo.js';
export { createSqliteTopicStore, type TopicStore, type TopicWriter } from './topic-store.js';
export {
  type CheckpointReply,
  createWalCheckpointer,
  type WalCheckpointer,
  type WalCheckpointerOptions,
} from './wal-checkpointer.js';
