import {
  chooseStory,
  DEFAULT_CLUSTER_OPTIONS,
  type FingerprintFeatures,
  fingerprintEntry,
} from '../clusterer/index.js';
import type { NormalizedEntry } from '../model/index.js';
import type { Db } from '../store/index.js';
import { createStory, findCandidates, insertEntry, saveFingerprint } from '../store/index.js';

export interface Placement {
  entryId: number;
  storyId: number;
}

/** A window wide enough to hold the whole store: an entry without a usable date has no time. */
const ANY_TIME_HOURS = 100 * 366 * 24;
/** Without time agreement, an undated entry needs a stronger score to join a story. */
const UNDATED_THRESHOLD = 0.6;

/**
 * How far apart in time a copy may be, and how strong its score must be. An entry whose feed gave
 * no usable date (dated by fetch time, e.g. "31 Jun") cannot agree in time with anything: it is
 * looked up at any time but joins only on stronger evidence.
 */
function selectClusterOptions(entry: NormalizedEntry, windowMs: number) {
  if (entry.hasFeedDate) return { ...DEFAULT_CLUSTER_OPTIONS, windowHours: windowMs / 3_600_000 };
  const threshold = Math.max(DEFAULT_CLUSTER_OPTIONS.threshold, UNDATED_THRESHOLD);
  return { windowHours: ANY_TIME_HOURS, threshold };
}

/** Inserts a new entry into the story it is a copy of, or founds a new story for it. */
export function placeEntry(db: Db, entry: NormalizedEntry, windowMs: number, now: Date): Placement {
  const fingerprint = fingerprintEntry(entry);
  const options = selectClusterOptions(entry, windowMs);
  const candidates = findCandidates<FingerprintFeatures>(
    db,
    fingerprint,
    entry.publishedAt,
    options.windowHours,
  );
  const choice = chooseStory(fingerprint.features, candidates, options);
  const storyId = choice?.storyId ?? createStory(db, entry, now);
  const join = { storyId, score: choice?.score ?? 1, signals: choice?.signals ?? [] };
  const entryId = insertEntry(db, entry, join, now);
  saveFingerprint(db, entryId, entry.publishedAt, fingerprint);
  return { entryId, storyId };
}
