import type { NormalizedEntry } from '../model/index.js';
import {
  type ArticleFetchRecord,
  findStoredArticle,
  type StoredArticle,
  saveArticleFetches,
} from './article-repo.js';
import {
  forEachWindowEntry,
  saveFingerprint,
  type WindowEntry,
  type WindowRequest,
} from './candidate-repo.js';
import { type Db, runTransaction, type WriteLock } from './database.js';
import {
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
import type { PollStateUpdate } from './source-repo.js';
import { recordPoll } from './source-repo.js';
import {
  type ClaimReading,
  type ClaimSource,
  dropClaimReadingsOutsideWindow,
  dropStoryClaims,
  readClaimSources,
  type StoredClaims,
  saveClaimReadings,
  saveStoryClaims,
} from './story-claims-repo.js';
import { mergeStories, readStoryMergesAfter, type StoryMerge } from './story-merge-repo.js';
import { createStory, refreshStory } from './story-repo.js';
import { replaceEntryTopics, type TopicMatchRow } from './topic-repo.js';

/** The founding entry of a new story. */
export interface StoryFounding {
  sourceId: string;
  key: string;
  publishedAt: string;
}

/**
 * The writes (and the reads they depend on) of one poll, inside its one transaction: what the
 * ingest orchestrator asks of the store, asynchronous so that both backends fit.
 */
export interface IngestWriter {
  findEntryByKey(sourceId: string, key: string): Promise<KnownEntry | undefined>;
  touchEntry(id: number, now: Date): Promise<void>;
  /** True when retention removed the entry (then its tombstone is marked as seen). */
  touchTombstone(sourceId: string, key: string, now: Date): Promise<boolean>;
  updateEntry(id: number, entry: NormalizedEntry, now: Date): Promise<void>;
  insertEntry(entry: NormalizedEntry, join: StoryJoin, now: Date): Promise<number>;
  createStory(founder: StoryFounding, now: Date): Promise<number>;
  /** The fingerprint's features as JSON (made by the caller, opaque to the store), stored as is. */
  saveFingerprint(entryId: number, featuresJson: string): Promise<void>;
  replaceEntryTopics(entryId: number, matches: readonly TopicMatchRow[]): Promise<void>;
  refreshStory(storyId: number, now: Date, changed: boolean): Promise<void>;
  readClaimSources(storyId: number): Promise<ClaimSource[]>;
  saveStoryClaims(storyId: number, claims: StoredClaims, now: Date): Promise<void>;
  saveClaimReadings(readings: readonly ClaimReading[]): Promise<void>;
  /** Forgets these stories' claims until they are computed again (after the poll's transaction). */
  dropStoryClaims(storyIds: readonly number[]): Promise<void>;
  pruneEntries(request: PruneRequest): Promise<PruneCounts>;
  /** Deletes up to `limit` readings of stories outside the window (dropClaimReadingsOutsideWindow). */
  dropClaimReadingsOutsideWindow(window: WindowRequest, limit: number): Promise<number>;
  saveArticleFetches(
    sourceId: string,
    records: readonly ArticleFetchRecord[],
    now: Date,
  ): Promise<void>;
  recordPoll(sourceId: string, update: PollStateUpdate): Promise<void>;
  /**
   * The entries stored after `entryId` by other processes, with their fingerprints: a poller
   * brings its in-memory story window up to date with them before it places (PostgreSQL, under
   * the story-window lock). SQLite: none (one process writes the file).
   */
  readEntriesAfter(entryId: number): Promise<WindowEntry[]>;
  /**
   * Folds stories `storyIds` into `intoStoryId` (an entry bridged them): their entries become
   * members of `intoStoryId`, each merge is recorded (story_merges: a merged story's page
   * redirects to the survivor), and the merged stories are deleted with their topics and claims.
   * Does not refresh the survivor (the caller does, as after a join). Returns the topic ids the
   * merged stories were in (their feeds change).
   */
  mergeStories(intoStoryId: number, storyIds: readonly number[], now: Date): Promise<string[]>;
  /** The merges recorded after merge `mergeId`, in order (a poller applies other pollers' merges to its window). */
  readStoryMergesAfter(mergeId: number): Promise<StoryMerge[]>;
}

/** The poller's store: reads before the poll's transaction, the transaction, and poll records. */
export interface IngestStore {
  findEntryByKey(sourceId: string, key: string): Promise<KnownEntry | undefined>;
  findStoredArticle(sourceId: string, key: string): Promise<StoredArticle | undefined>;
  hasTombstone(sourceId: string, key: string): Promise<boolean>;
  /** A poll's state alone (not modified, failed), outside any transaction. */
  recordPoll(sourceId: string, update: PollStateUpdate): Promise<void>;
  /**
   * Runs `work` as one write transaction, committed when it resolves, rolled back when it throws.
   * SQLite: under the process's write lock. PostgreSQL: on one pooled connection, under the
   * story-window advisory lock (pollers place one after the other).
   */
  write<T>(work: (writer: IngestWriter) => Promise<T>): Promise<T>;
  /** Visits the entries of the story window in stored order (loadStoryWindow). */
  forEachWindowEntry(request: WindowRequest, visit: (entry: WindowEntry) => void): Promise<void>;
}

/** The SQLite IngestWriter: today's synchronous functions on the writer connection. */
export function createSqliteIngestWriter(db: Db): IngestWriter {
  return {
    findEntryByKey: async (sourceId, key) => findEntryByKey(db, sourceId, key),
    touchEntry: async (id, now) => touchEntry(db, id, now),
    touchTombstone: async (sourceId, key, now) => touchTombstone(db, sourceId, key, now),
    updateEntry: async (id, entry, now) => updateEntry(db, id, entry, now),
    insertEntry: async (entry, join, now) => insertEntry(db, entry, join, now),
    createStory: async (founder, now) => createStory(db, founder, now),
    saveFingerprint: async (entryId, featuresJson) => saveFingerprint(db, entryId, featuresJson),
    replaceEntryTopics: async (entryId, matches) => replaceEntryTopics(db, entryId, matches),
    refreshStory: async (storyId, now, changed) => refreshStory(db, storyId, now, changed),
    readClaimSources: async (storyId) => readClaimSources(db, storyId),
    saveStoryClaims: async (storyId, claims, now) => saveStoryClaims(db, storyId, claims, now),
    saveClaimReadings: async (readings) => saveClaimReadings(db, readings),
    dropStoryClaims: async (storyIds) => dropStoryClaims(db, storyIds),
    pruneEntries: async (request) => pruneEntries(db, request),
    dropClaimReadingsOutsideWindow: async (window, limit) =>
      dropClaimReadingsOutsideWindow(db, window, limit),
    saveArticleFetches: async (sourceId, records, now) =>
      saveArticleFetches(db, sourceId, records, now),
    recordPoll: async (sourceId, update) => recordPoll(db, sourceId, update),
    readEntriesAfter: async () => [],
    mergeStories: async (intoStoryId, storyIds, now) =>
      mergeStories(db, intoStoryId, storyIds, now),
    readStoryMergesAfter: async (mergeId) => readStoryMergesAfter(db, mergeId),
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The SQLite IngestStore: one writer connection, its writes serialized by `writeLock`. A write
 * lets the event loop turn once between its work and its `COMMIT` (the lock still held): the
 * commit writes the pages the transaction still holds in the page cache to the WAL (up to the
 * writer's 8 MB cache, ~35 ms of CPU after a 20 MB feed), so it gets an event-loop turn of its own
 * instead of adding to the work's last slice.
 */
export function createSqliteIngestStore(db: Db, writeLock: WriteLock): IngestStore {
  const writer = createSqliteIngestWriter(db);
  const work = async <T>(run: (writer: IngestWriter) => Promise<T>): Promise<T> => {
    const result = await run(writer);
    await yieldToEventLoop();
    return result;
  };
  return {
    findEntryByKey: async (sourceId, key) => findEntryByKey(db, sourceId, key),
    findStoredArticle: async (sourceId, key) => findStoredArticle(db, sourceId, key),
    hasTombstone: async (sourceId, key) => hasTombstone(db, sourceId, key),
    recordPoll: (sourceId, update) => writeLock.run(() => recordPoll(db, sourceId, update)),
    write: (run) => writeLock.run(() => runTransaction(db, () => work(run))),
    forEachWindowEntry: async (request, visit) => forEachWindowEntry(db, request, visit),
  };
}
