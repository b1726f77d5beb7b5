import type { Config } from '../config/index.js';
import type { NormalizedEntry } from '../model/index.js';
import type { Db } from '../store/index.js';
import {
  findEntryByKey,
  refreshStory,
  replaceEntryTopics,
  touchEntry,
  touchTombstone,
  updateEntry,
} from '../store/index.js';
import { classifyForStore } from './classify-for-store.js';
import { placeEntry } from './place-entry.js';
import { retentionCutoff } from './prune-source.js';

/** How long the loop may hold the event loop before it yields (the HTTP server keeps answering). */
const SLICE_MS = 10;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface IngestCounts {
  newEntries: number;
  updatedEntries: number;
  /** Topics whose feeds changed (always includes `all` when anything changed). */
  changedTopics: Set<string>;
}

/** Stores one entry (see ingestEntries); `cutoff` is the retention cutoff as an ISO string. */
function ingestEntry(
  db: Db,
  config: Config,
  entry: NormalizedEntry,
  now: Date,
  cutoff: string | undefined,
  counts: IngestCounts,
): void {
  const known = findEntryByKey(db, entry.sourceId, entry.key);
  if (known && known.contentHash === entry.contentHash) {
    touchEntry(db, known.id, now);
    return;
  }
  if (!known && cutoff && entry.hasFeedDate && entry.publishedAt < cutoff) return;
  if (!known && touchTombstone(db, entry.sourceId, entry.key, now)) return;
  const matches = classifyForStore(entry, config.topics);
  let storyId: number;
  if (known) {
    updateEntry(db, known.id, entry, now);
    replaceEntryTopics(db, known.id, matches);
    storyId = known.storyId;
    counts.updatedEntries++;
  } else {
    const placed = placeEntry(db, entry, config.stories.windowMs, now);
    replaceEntryTopics(db, placed.entryId, matches);
    storyId = placed.storyId;
    counts.newEntries++;
  }
  refreshStory(db, storyId, now, true);
  counts.changedTopics.add('all');
  for (const match of matches) counts.changedTopics.add(match.topicId);
}

/**
 * Stores one source's entries: a new key becomes a member of an existing or a new story, a
 * changed entry is updated in place, an unchanged one only touched; a new key already past
 * retention is not stored, and one removed by retention (tombstoned) does not come back.
 * Call inside a transaction (runTransaction): every SLICE_MS it awaits `pause`, so a feed of
 * thousands of entries never stalls the event loop, while its writes stay one transaction.
 */
export async function ingestEntries(
  db: Db,
  config: Config,
  entries: readonly NormalizedEntry[],
  now: Date,
  pause: () => Promise<void> = yieldToEventLoop,
): Promise<IngestCounts> {
  const counts: IngestCounts = { newEntries: 0, updatedEntries: 0, changedTopics: new Set() };
  const cutoff = retentionCutoff(config, now)?.toISOString();
  let sliceStart = performance.now();
  for (const entry of entries) {
    ingestEntry(db, config, entry, now, cutoff, counts);
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return counts;
}
