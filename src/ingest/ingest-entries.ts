import { classifyEntry } from '../classifier/index.js';
import {
  DEFAULT_CLUSTER_OPTIONS,
  fingerprintEntry,
  placeInIndex,
  type StoryIndex,
} from '../clusterer/index.js';
import type { Config, TopicConfig } from '../config/index.js';
import type { NormalizedEntry } from '../model/index.js';
import { refreshStoryClaims } from '../provenance/index.js';
import type { Db, TopicMatchRow } from '../store/index.js';
import {
  createStory,
  findEntryByKey,
  insertEntry,
  pruneEntries,
  refreshStory,
  replaceEntryTopics,
  saveFingerprint,
  touchEntry,
  touchTombstone,
  updateEntry,
} from '../store/index.js';

/** How long the loop may hold the event loop before it yields (the HTTP server keeps answering). */
const SLICE_MS = 10;
const DAY_MS = 86_400_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface IngestCounts {
  newEntries: number;
  updatedEntries: number;
  /** Topics whose feeds changed (always includes `all` when anything changed). */
  changedTopics: Set<string>;
}

/**
 * Stores one source's entries: a new key becomes a member of an existing or a new story, a
 * changed entry is updated in place, an unchanged one only touched; a new key already past
 * retention is not stored, and one removed by retention (tombstoned) does not come back.
 * Each story changed is refreshed once, after all the entries (not once per entry joining it).
 * Call inside a transaction (runTransaction): every SLICE_MS it awaits `pause`, so a feed of
 * thousands of entries never stalls the event loop, while its writes stay one transaction.
 */
export async function ingestEntries(
  db: Db,
  config: Config,
  index: StoryIndex,
  entries: readonly NormalizedEntry[],
  now: Date,
  pause: () => Promise<void> = yieldToEventLoop,
): Promise<IngestCounts> {
  const counts: IngestCounts = { newEntries: 0, updatedEntries: 0, changedTopics: new Set() };
  const cutoff = retentionCutoff(config, now)?.toISOString();
  const changedStories = new Set<number>();
  let sliceStart = performance.now();
  const slice = async () => {
    if (performance.now() - sliceStart <= SLICE_MS) return;
    await pause();
    sliceStart = performance.now();
  };
  for (const entry of entries) {
    const storyId = ingestEntry(db, config, index, entry, now, cutoff, counts);
    if (storyId !== undefined) changedStories.add(storyId);
    await slice();
  }
  for (const storyId of changedStories) {
    refreshStory(db, storyId, now, true);
    refreshStoryClaims(db, storyId, now);
    await slice();
  }
  return counts;
}

/**
 * Stores one entry (see ingestEntries); `cutoff` is the retention cutoff as an ISO string.
 * Returns the story the entry changed, to be refreshed; undefined when nothing changed.
 */
function ingestEntry(
  db: Db,
  config: Config,
  index: StoryIndex,
  entry: NormalizedEntry,
  now: Date,
  cutoff: string | undefined,
  counts: IngestCounts,
): number | undefined {
  const known = findEntryByKey(db, entry.sourceId, entry.key);
  if (known && known.contentHash === entry.contentHash) {
    touchEntry(db, known.id, now);
    return undefined;
  }
  if (!known && cutoff && entry.hasFeedDate && entry.publishedAt < cutoff) return undefined;
  if (!known && touchTombstone(db, entry.sourceId, entry.key, now)) return undefined;
  const matches = classifyForStore(entry, config.topics);
  let storyId: number;
  if (known) {
    updateEntry(db, known.id, entry, now);
    replaceEntryTopics(db, known.id, matches);
    storyId = known.storyId;
    counts.updatedEntries++;
  } else {
    const placed = placeEntry(db, index, entry, config.stories.windowMs, now);
    replaceEntryTopics(db, placed.entryId, matches);
    storyId = placed.storyId;
    counts.newEntries++;
  }
  counts.changedTopics.add('all');
  for (const match of matches) counts.changedTopics.add(match.topicId);
  return storyId;
}

/** The topics an entry belongs to, in the shape the store keeps. */
export function classifyForStore(
  entry: NormalizedEntry,
  topics: readonly TopicConfig[],
): TopicMatchRow[] {
  return classifyEntry(
    { title: entry.title, text: entry.text },
    topics.map((topic) => topic.compiled),
  );
}

export interface Placement {
  entryId: number;
  storyId: number;
}

/**
 * Inserts a new entry into the story it is a copy of, or founds a new story for it: the
 * clusterer decides against its in-memory story index, which then holds the entry too.
 */
export function placeEntry(
  db: Db,
  index: StoryIndex,
  entry: NormalizedEntry,
  windowMs: number,
  now: Date,
): Placement {
  const fingerprint = fingerprintEntry(entry);
  const options = { ...DEFAULT_CLUSTER_OPTIONS, windowHours: windowMs / 3_600_000 };
  const choice = placeInIndex(index, fingerprint, entry.hasFeedDate, options);
  const storyId = choice?.storyId ?? createStory(db, entry, now);
  const join = { storyId, score: choice?.score ?? 1, signals: choice?.signals ?? [] };
  const entryId = insertEntry(db, entry, join, now);
  saveFingerprint(db, entryId, fingerprint.features);
  index.add(entryId, storyId, fingerprint);
  return { entryId, storyId };
}

/**
 * `retention.days` for one source, after its entries are stored: entries published more than
 * that many days ago go (tombstoned); 0 keeps everything. The stories that keep other members
 * have their claims recomputed. Returns the topics whose feeds changed.
 */
export function pruneSource(
  db: Db,
  config: Config,
  index: StoryIndex,
  sourceId: string,
  now: Date,
): Set<string> {
  const cutoff = retentionCutoff(config, now);
  if (!cutoff) return new Set();
  const pruned = pruneEntries(db, { sourceId, cutoff, now });
  for (const entryId of pruned.entryIds) index.remove(entryId);
  for (const storyId of pruned.keptStoryIds) refreshStoryClaims(db, storyId, now);
  return pruned.changedTopics;
}

/** The publication time before which entries are not kept; undefined when everything is kept. */
export function retentionCutoff(config: Config, now: Date): Date | undefined {
  if (config.retention.days <= 0) return undefined;
  return new Date(now.getTime() - config.retention.days * DAY_MS);
}
