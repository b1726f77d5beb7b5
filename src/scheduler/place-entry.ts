import { chooseStory, DEFAULT_CLUSTER_OPTIONS } from '../clusterer/choose-story.js';
import { fingerprintEntry } from '../clusterer/fingerprint-entry.js';
import type { NormalizedEntry } from '../model/entry.js';
import { findCandidates, saveFingerprint } from '../store/candidate-repo.js';
import { insertEntry } from '../store/entry-repo.js';
import type { Db } from '../store/open-database.js';
import { createStory } from '../store/story-repo.js';

export interface Placement {
  entryId: number;
  storyId: number;
}

/** Inserts a new entry into the story it is a copy of, or founds a new story for it. */
export function placeEntry(db: Db, entry: NormalizedEntry, windowMs: number, now: Date): Placement {
  const fingerprint = fingerprintEntry(entry);
  const windowHours = windowMs / 3_600_000;
  const candidates = findCandidates(db, fingerprint, entry.publishedAt, windowHours);
  const choice = chooseStory(fingerprint.features, candidates, {
    ...DEFAULT_CLUSTER_OPTIONS,
    windowHours,
  });
  const storyId = choice?.storyId ?? createStory(db, entry, now);
  const join = { storyId, score: choice?.score ?? 1, signals: choice?.signals ?? [] };
  const entryId = insertEntry(db, entry, join, now);
  saveFingerprint(db, entryId, entry.publishedAt, fingerprint);
  return { entryId, storyId };
}
