import {
  type Fingerprint,
  fingerprintEntry,
  restoreFingerprint,
  StoryIndex,
} from '../clusterer/index.js';
import type { Db } from '../store/index.js';
import { readFingerprintSources, readStoryWindow, saveFingerprint } from '../store/index.js';

/** Entries kept in the index whatever their date: the latest stored (backfills, undated ones). */
const RECENT_ENTRIES = 5_000;

/**
 * Builds the clusterer's in-memory story index from the store, once at start: the entries of the
 * window (published within `windowMs` of the newest) and the latest stored, in stored order. A
 * fingerprint missing or of an older version is recomputed from its entry and saved back.
 */
export function loadStoryWindow(db: Db, windowMs: number): StoryIndex {
  const index = new StoryIndex({
    windowHours: windowMs / 3_600_000,
    recentEntries: RECENT_ENTRIES,
  });
  const rows = readStoryWindow(db, { windowMs, recent: RECENT_ENTRIES });
  const restored = new Map<number, Fingerprint>();
  for (const row of rows) {
    const fingerprint = restoreFingerprint(row.features);
    if (fingerprint !== undefined) restored.set(row.entryId, fingerprint);
  }
  const stale = rows.filter((row) => !restored.has(row.entryId)).map((row) => row.entryId);
  db.transaction(() => {
    for (const source of readFingerprintSources(db, stale)) {
      const fingerprint = fingerprintEntry(source);
      saveFingerprint(db, source.entryId, fingerprint.features);
      restored.set(source.entryId, fingerprint);
    }
  })();
  for (const row of rows) {
    const fingerprint = restored.get(row.entryId);
    if (fingerprint !== undefined) index.add(row.entryId, row.storyId, fingerprint);
  }
  return index;
}
