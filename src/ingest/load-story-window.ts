import { fingerprintEntry, restoreFingerprint, StoryIndex } from '../clusterer/index.js';
import type { Db, IngestStore, IngestWriter, WindowEntry } from '../store/index.js';
import { forEachWindowEntry, readFingerprintSources, saveFingerprint } from '../store/index.js';

/** Entries kept in the index whatever their date: the latest stored (backfills, undated ones). */
export const RECENT_ENTRIES = 2_000;

/**
 * Builds the clusterer's in-memory story index from the store, once at start: the entries of the
 * window (published within `windowMs` of the newest) and the latest stored, in stored order, read
 * one at a time. A fingerprint missing or of an older version is recomputed from its entry and
 * saved back (after the current ones: the index's order only matters for pruning).
 */
export function loadStoryWindow(db: Db, windowMs: number): StoryIndex {
  const index = new StoryIndex({
    windowHours: windowMs / 3_600_000,
    recentEntries: RECENT_ENTRIES,
  });
  const stale = new Map<number, number>();
  forEachWindowEntry(db, { windowMs, recent: RECENT_ENTRIES }, (row) => {
    const fingerprint = restoreFingerprint(row.features);
    if (fingerprint === undefined) stale.set(row.entryId, row.storyId);
    else index.add(row.entryId, row.storyId, fingerprint);
  });
  if (stale.size === 0) return index;
  db.transaction(() => {
    for (const source of readFingerprintSources(db, [...stale.keys()])) {
      const fingerprint = fingerprintEntry(source);
      saveFingerprint(db, source.entryId, JSON.stringify(fingerprint.features));
      index.add(source.entryId, stale.get(source.entryId) ?? 0, fingerprint);
    }
  })();
  return index;
}

/**
 * The story window from any store (PostgreSQL), read in pages. An entry whose stored fingerprint
 * is missing or of an older version is left out (not recomputed here): it can no longer be joined.
 */
export async function loadStoryWindowFrom(
  store: IngestStore,
  windowMs: number,
): Promise<StoryIndex> {
  const index = new StoryIndex({
    windowHours: windowMs / 3_600_000,
    recentEntries: RECENT_ENTRIES,
  });
  await store.forEachWindowEntry({ windowMs, recent: RECENT_ENTRIES }, (row) =>
    addToIndex(index, row),
  );
  return index;
}

/**
 * Brings the window up to date with what other pollers stored since it last looked: the entries
 * (by id) and the stories they merged (by merge id; applying a merge again changes nothing).
 * Call inside the poll's transaction, before placing, so that a copy another poller just stored
 * is a candidate and no entry joins a story merged away. Returns how many entries were added.
 */
export async function catchUpStoryWindow(writer: IngestWriter, index: StoryIndex): Promise<number> {
  const rows = await writer.readEntriesAfter(index.highestEntryId);
  for (const row of rows) addToIndex(index, row);
  for (const merge of await writer.readStoryMergesAfter(index.lastMergeId))
    index.mergeStory(merge.storyId, merge.intoStoryId, merge.id);
  return rows.length;
}

function addToIndex(index: StoryIndex, row: WindowEntry): void {
  const fingerprint = restoreFingerprint(row.features);
  if (fingerprint !== undefined) index.add(row.entryId, row.storyId, fingerprint);
}
