import type { Db } from './database.js';

/**
 * The clusterer's fingerprints, kept only to rebuild its in-memory story index at start: the
 * store saves each new entry's features (opaque JSON to it) and reads back those of the window.
 */

/** Stores (or replaces) an entry's fingerprint features, given as their JSON (stored as is). */
export function saveFingerprint(db: Db, entryId: number, featuresJson: string): void {
  db.prepare(
    `INSERT INTO entry_fingerprints (entry_id, features) VALUES (?, ?)
     ON CONFLICT (entry_id) DO UPDATE SET features = excluded.features`,
  ).run(entryId, featuresJson);
}

/** A stored entry of the story window, with its fingerprint features (undefined when none). */
export interface WindowEntry {
  entryId: number;
  storyId: number;
  publishedAt: string;
  hasFeedDate: boolean;
  features: unknown;
}

/** What the clusterer fingerprints an entry from, to recompute a missing or outdated fingerprint. */
export interface FingerprintSource {
  entryId: number;
  title: string;
  text: string;
  url?: string;
  language?: string;
  publishedAt: string;
  contentHash: string;
  /** Whether the feed gave the date (else `publishedAt` is the fetch time). */
  hasFeedDate: boolean;
}

export interface WindowRequest {
  /** Entries published at most this long before the newest stored one. */
  windowMs: number;
  /** And the latest stored entries (highest ids), whatever their date. */
  recent: number;
}

/**
 * Visits the entries of the story window, in the order they were stored: those published within
 * the window before the newest, and the `recent` last stored. Rows are read one at a time (the
 * window can hold tens of thousands); features are parsed back, unchecked.
 */
export function forEachWindowEntry(
  db: Db,
  request: WindowRequest,
  visit: (entry: WindowEntry) => void,
): void {
  const newest = db.prepare('SELECT max(published_at) FROM entries').pluck().get() as string | null;
  if (newest === null) return;
  const since = new Date(Date.parse(newest) - request.windowMs).toISOString();
  const rows = db
    .prepare(
      `SELECT e.id AS entryId, e.story_id AS storyId, e.published_at AS publishedAt,
         e.has_feed_date AS hasFeedDate, f.features AS features
       FROM entries e LEFT JOIN entry_fingerprints f ON f.entry_id = e.id
       WHERE e.id IN (SELECT id FROM entries WHERE published_at >= ?
         UNION SELECT id FROM (SELECT id FROM entries ORDER BY id DESC LIMIT ?))
       ORDER BY e.id`,
    )
    .iterate(since, request.recent) as IterableIterator<
    Omit<WindowEntry, 'hasFeedDate' | 'features'> & { hasFeedDate: number; features: string | null }
  >;
  for (const row of rows) {
    visit({
      ...row,
      hasFeedDate: row.hasFeedDate === 1,
      features: row.features === null ? undefined : parseOrUndefined(row.features),
    });
  }
}

/** The fields of stored entries a fingerprint is made from. */
export function readFingerprintSources(db: Db, entryIds: readonly number[]): FingerprintSource[] {
  const read = db.prepare(
    `SELECT id AS entryId, title, text, url, language, published_at AS publishedAt,
       content_hash AS contentHash, has_feed_date AS hasFeedDate FROM entries WHERE id = ?`,
  );
  const sources: FingerprintSource[] = [];
  for (const id of entryIds) {
    const row = read.get(id) as
      | (Omit<FingerprintSource, 'hasFeedDate'> & {
          url: string | null;
          language: string | null;
          hasFeedDate: number;
        })
      | undefined;
    if (row === undefined) continue;
    const { url, language, hasFeedDate, ...rest } = row;
    sources.push({
      ...rest,
      hasFeedDate: hasFeedDate === 1,
      ...(url ? { url } : {}),
      ...(language ? { language } : {}),
    });
  }
  return sources;
}

function parseOrUndefined(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
