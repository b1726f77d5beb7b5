import { type Db, runTransaction, type WriteLock } from './database.js';
import {
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
import {
  addEntryTopics,
  clearEntryTopics,
  dropTopic,
  listStoredTopicIds,
  listTopicEntryIds,
  readEntryTextsAfter,
  readNewestEntryTexts,
  readTopicVersions,
  rebuildStoryTopics,
  type StoredEntryText,
  type TopicMatchRow,
  writeTopicVersion,
} from './topic-repo.js';

/** The writes of topic state, inside one transaction (TopicStore.write). */
export interface TopicWriter {
  /** Records (or changes) one label; the entry's current title and text are kept with it. */
  saveTopicExample(
    topicId: string,
    entry: EntryReference,
    label: boolean,
    now: Date,
  ): Promise<void>;
  /** Removes one label; true when there was one. */
  forgetTopicExample(topicId: string, entry: EntryReference): Promise<boolean>;
  /** Keeps what a topic learned, replacing what it learned before. */
  writeTopicModel(topicId: string, model: TopicModelRow, now: Date): Promise<void>;
  /** Forgets a topic: its version, learned weights, every entry and story membership. */
  dropTopic(topicId: string): Promise<void>;
  /** Removes every entry's membership in one topic (before it is recomputed). */
  clearEntryTopics(topicId: string): Promise<void>;
  /** Adds topic matches for one entry, replacing a previous row for the same topic. */
  addEntryTopics(entryId: number, matches: readonly TopicMatchRow[]): Promise<void>;
  /** Rebuilds one topic's stories from its entries; returns how many stories it holds. */
  rebuildStoryTopics(topicId: string): Promise<number>;
  /** Records that `topicId` is now classified with the definition hashed as `hash`. */
  writeTopicVersion(topicId: string, hash: string, now: Date): Promise<void>;
}

/**
 * The topics' state in the store, asynchronous so that both backends fit: what each topic's
 * stored classification was computed with (topic_versions), the labels taught with
 * `topics teach`, the learned weights, and the entries' texts classification reads. SQLite:
 * the repositories (topic-repo, topic-example-repo); PostgreSQL: postgres-topic-store.ts.
 */
export interface TopicStore {
  /** Every recorded label (of one topic, or of all), oldest first. */
  listTopicExamples(topicId?: string): Promise<TopicExampleRow[]>;
  /** A stamp that changes whenever a label is recorded, changed or removed (cheap to read often). */
  readTopicExampleStamp(): Promise<string>;
  /** The stored entries a reference names: `123`/`#123` an id, else a guid, url or link. */
  findEntriesByReference(reference: string): Promise<EntryReference[]>;
  /** Every member of a story, as `topics teach` labels them together. */
  findStoryMembers(storyId: number): Promise<EntryReference[]>;
  /** The topic's last learned weights, if any. */
  readTopicModel(topicId: string): Promise<TopicModelRow | undefined>;
  /** The definition hash each topic's stored classification was computed with, by topic id. */
  readTopicVersions(): Promise<Map<string, string>>;
  /** The topic ids the store holds anything for: versions, entry and story memberships. */
  listStoredTopicIds(): Promise<string[]>;
  /** The ids of the entries stored as members of one topic. */
  listTopicEntryIds(topicId: string): Promise<Set<number>>;
  /** Up to `size` entries with an id above `afterId`, in id order (batched passes over all). */
  readEntryTextsAfter(afterId: number, size: number): Promise<StoredEntryText[]>;
  /** One page of entries, newest published first. */
  readNewestEntryTexts(limit: number, offset: number): Promise<StoredEntryText[]>;
  /** Runs `work` as one transaction, committed when it resolves, rolled back when it throws. */
  write<T>(work: (writer: TopicWriter) => Promise<T>): Promise<T>;
  /**
   * Runs `work` alone among the writers of topic state: SQLite, under the process's write lock
   * (no poll stores meanwhile); PostgreSQL, under a session advisory lock, so that of several
   * instances starting (or reloading) together one reclassifies and the others find it done.
   * Not reentrant: call `write`, never `exclusive`, inside it.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

/** The SQLite TopicWriter: the repositories on the connection of the open transaction. */
function createSqliteTopicWriter(db: Db): TopicWriter {
  return {
    saveTopicExample: async (topicId, entry, label, now) =>
      saveTopicExample(db, topicId, entry, label, now),
    forgetTopicExample: async (topicId, entry) => forgetTopicExample(db, topicId, entry),
    writeTopicModel: async (topicId, model, now) => writeTopicModel(db, topicId, model, now),
    dropTopic: async (topicId) => dropTopic(db, topicId),
    clearEntryTopics: async (topicId) => clearEntryTopics(db, topicId),
    addEntryTopics: async (entryId, matches) => addEntryTopics(db, entryId, matches),
    rebuildStoryTopics: async (topicId) => rebuildStoryTopics(db, topicId),
    writeTopicVersion: async (topicId, hash, now) => writeTopicVersion(db, topicId, hash, now),
  };
}

/**
 * The SQLite TopicStore over the repositories. `writeLock` (the app's) makes `exclusive` wait
 * for the polls' writes; without it (a command's own connection, a read-only one) it runs at once.
 */
export function createSqliteTopicStore(db: Db, writeLock?: WriteLock): TopicStore {
  const writer = createSqliteTopicWriter(db);
  return {
    listTopicExamples: async (topicId) => listTopicExamples(db, topicId),
    readTopicExampleStamp: async () => readTopicExampleStamp(db),
    findEntriesByReference: async (reference) => findEntriesByReference(db, reference),
    findStoryMembers: async (storyId) => findStoryMembers(db, storyId),
    readTopicModel: async (topicId) => readTopicModel(db, topicId),
    readTopicVersions: async () => readTopicVersions(db),
    listStoredTopicIds: async () => listStoredTopicIds(db),
    listTopicEntryIds: async (topicId) => listTopicEntryIds(db, topicId),
    readEntryTextsAfter: async (afterId, size) => readEntryTextsAfter(db, afterId, size),
    readNewestEntryTexts: async (limit, offset) => readNewestEntryTexts(db, limit, offset),
    write: (work) => runTransaction(db, () => work(writer)),
    exclusive: (work) => (writeLock ? writeLock.run(work) : work()),
  };
}
