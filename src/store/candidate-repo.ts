import type { Db } from './database.js';
import { StoreError } from './database.js';

/** What the store keeps of a clusterer fingerprint; features are opaque JSON to the store. */
export interface StoredFingerprint {
  keys: string[];
  features: unknown;
}

/**
 * A stored entry sharing keys with the one being placed. `F` is the type of the features its caller
 * saved (the clusterer's, named by ingest): the store only parses the JSON back, unchecked.
 */
export interface StoredCandidate<F> {
  entryId: number;
  storyId: number;
  features: F;
}

/** Bounds that keep one lookup's cost flat however large the store grows. */
export interface CandidateLimits {
  /** A key held by more entries than this inside the window is too common to say anything. */
  maxPerKey: number;
  /** Candidates returned at most, those sharing the most keys first. */
  maxCandidates: number;
}

export const DEFAULT_CANDIDATE_LIMITS: CandidateLimits = { maxPerKey: 50, maxCandidates: 100 };

/** Stores (or replaces) an entry's fingerprint and its candidate keys. */
export function saveFingerprint(
  db: Db,
  entryId: number,
  publishedAt: string,
  fp: StoredFingerprint,
): void {
  const [at] = computeWindow(publishedAt, 0);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO entry_fingerprints (entry_id, features) VALUES (?, ?)
       ON CONFLICT (entry_id) DO UPDATE SET features = excluded.features`,
    ).run(entryId, JSON.stringify(fp.features));
    db.prepare('DELETE FROM entry_keys WHERE entry_id = ?').run(entryId);
    const insert = db.prepare(
      'INSERT OR IGNORE INTO entry_keys (key, entry_id, published_at) VALUES (?, ?, ?)',
    );
    for (const key of fp.keys) insert.run(key, entryId, at);
  })();
}

/**
 * Stored entries published within `windowHours` of `publishedAt` that share a key with `fp`,
 * with their story and features. Index lookups only: each key reads at most maxPerKey + 1 rows
 * and is skipped when it has more; the result is capped at maxCandidates.
 */
export function findCandidates<F = unknown>(
  db: Db,
  fp: StoredFingerprint,
  publishedAt: string,
  windowHours: number,
  limits: CandidateLimits = DEFAULT_CANDIDATE_LIMITS,
): StoredCandidate<F>[] {
  const [from, to] = computeWindow(publishedAt, windowHours);
  const byKey = db
    .prepare(
      'SELECT entry_id FROM entry_keys WHERE key = ? AND published_at BETWEEN ? AND ? LIMIT ?',
    )
    .pluck();
  const hits = new Map<number, number>();
  for (const key of fp.keys) {
    const ids = byKey.all(key, from, to, limits.maxPerKey + 1) as number[];
    if (ids.length > limits.maxPerKey) continue;
    for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  const ranked = [...hits]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limits.maxCandidates);
  return readCandidates<F>(
    db,
    ranked.map(([id]) => id),
  );
}

function readCandidates<F>(db: Db, entryIds: number[]): StoredCandidate<F>[] {
  const read = db.prepare(
    `SELECT e.id AS entryId, e.story_id AS storyId, f.features AS features
     FROM entries e JOIN entry_fingerprints f ON f.entry_id = e.id WHERE e.id = ?`,
  );
  const candidates: StoredCandidate<F>[] = [];
  for (const id of entryIds) {
    const row = read.get(id) as { entryId: number; storyId: number; features: string } | undefined;
    if (row === undefined) continue;
    candidates.push({
      entryId: row.entryId,
      storyId: row.storyId,
      features: JSON.parse(row.features) as F,
    });
  }
  return candidates;
}

function computeWindow(publishedAt: string, windowHours: number): [string, string] {
  const time = Date.parse(publishedAt);
  if (Number.isNaN(time)) {
    throw new StoreError(`candidate index: invalid published date ${JSON.stringify(publishedAt)}`);
  }
  const span = windowHours * 3_600_000;
  return [new Date(time - span).toISOString(), new Date(time + span).toISOString()];
}
