import type { Claims, StoryView } from '../model/index.js';
import type { WindowRequest } from './candidate-repo.js';
import type { Db } from './database.js';

/** One member's words, as provenance reads them to compare claims. */
export interface ClaimSource {
  entryId: number;
  sourceId: string;
  title: string;
  text: string;
  language?: string;
  contentHash: string;
  /** The member's reading stored for its current content (provenance's JSON), when there is one. */
  reading?: string;
}

/** A member's reading to store, for the content it was read from. */
export interface ClaimReading {
  entryId: number;
  contentHash: string;
  reading: string;
}

/** A story's claims as stored: per member (by entry id) what only it says, and what all say. */
export interface StoredClaims {
  members: Record<number, Claims>;
  shared: Claims;
}

type ClaimSourceRow = Omit<ClaimSource, 'language' | 'reading'> & {
  language: string | null;
  reading: string | null;
};

/**
 * The members of a story with their text, oldest first (the order provenance compares them in),
 * each with its stored reading when that was made from its current content.
 */
export function readClaimSources(db: Db, storyId: number): ClaimSource[] {
  const rows = db
    .prepare(`SELECT e.id AS entryId, e.source_id AS sourceId, e.title, e.text, e.language,
      e.content_hash AS contentHash, r.reading
    FROM entries e LEFT JOIN entry_claim_readings r
      ON r.entry_id = e.id AND r.content_hash = e.content_hash
    WHERE e.story_id = ? ORDER BY e.published_at, e.id`)
    .all(storyId) as ClaimSourceRow[];
  return rows.map(({ language, reading, ...row }) => ({
    ...row,
    ...(language === null ? {} : { language }),
    ...(reading === null ? {} : { reading }),
  }));
}

/**
 * Up to `limit` stories with members and no stored claims (stored before claims existed), newest
 * first, each with an id below `belowId`: a cursor, so a story that cannot be computed is not
 * listed again.
 */
export function listStoriesWithoutClaims(db: Db, belowId: number, limit: number): number[] {
  return db
    .prepare(`SELECT s.id FROM stories s
    WHERE s.id < ? AND NOT EXISTS (SELECT 1 FROM story_claims c WHERE c.story_id = s.id)
      AND EXISTS (SELECT 1 FROM entries e WHERE e.story_id = s.id)
    ORDER BY s.id DESC LIMIT ?`)
    .pluck()
    .all(belowId, limit) as number[];
}

/** Stores members' readings, replacing what was stored for them before. */
export function saveClaimReadings(db: Db, readings: readonly ClaimReading[]): void {
  const save = db.prepare(`INSERT INTO entry_claim_readings (entry_id, content_hash, reading)
    VALUES (?, ?, ?) ON CONFLICT (entry_id) DO UPDATE
    SET content_hash = excluded.content_hash, reading = excluded.reading`);
  for (const row of readings) save.run(row.entryId, row.contentHash, row.reading);
}

/**
 * Deletes up to `limit` stored readings of entries whose story has left the story window (none
 * of its members published within `windowMs` of the newest entry or among the `recent` last
 * stored): no copy can join it any more, so its readings would only be read again if a member
 * changed, which reads the text instead. Returns how many went (fewer than `limit`: none left).
 */
export function dropClaimReadingsOutsideWindow(
  db: Db,
  window: WindowRequest,
  limit: number,
): number {
  const bounds = db
    .prepare(READINGS_WINDOW_BOUNDS)
    .get({ offset: Math.max(window.recent - 1, 0) }) as {
    newest: string | null;
    recentFrom: number | null;
  };
  if (bounds.newest === null || bounds.recentFrom === null) return 0;
  const since = new Date(Date.parse(bounds.newest) - window.windowMs).toISOString();
  const first = db.prepare(READINGS_FIRST_IN_WINDOW).pluck().get({ since }) as number;
  const below = Math.min(first, bounds.recentFrom);
  return db
    .prepare(DROP_READINGS_OUTSIDE_WINDOW)
    .run({ below, recentFrom: bounds.recentFrom, since, limit }).changes;
}

/** The newest publication time and the first of the `@offset + 1` last stored entry ids. */
export const READINGS_WINDOW_BOUNDS = `SELECT (SELECT max(published_at) FROM entries) AS newest,
  (SELECT id FROM entries ORDER BY id DESC LIMIT 1 OFFSET @offset) AS "recentFrom"`;

/**
 * The lowest id of an entry published inside the window (from `@since`); `id + 0` keeps SQLite
 * from walking the primary key from the oldest entry (it reads the window's part of
 * entries_by_published instead).
 */
export const READINGS_FIRST_IN_WINDOW =
  'SELECT min(id + 0) AS first FROM entries WHERE published_at >= @since';

/**
 * The readings of entries outside the window whose story has no member inside it, oldest first,
 * only below `@below` (the first entry inside the window or among the recent ones): the scan never
 * walks the window's readings (an old entry stored after them, a backfill, keeps its reading until
 * they leave the window). `@recentFrom` is the first recent entry id, `@since` the window's start,
 * `@limit` the batch size. Shared with PostgreSQL (which numbers the placeholders).
 */
export const DROP_READINGS_OUTSIDE_WINDOW = `DELETE FROM entry_claim_readings WHERE entry_id IN (
  SELECT r.entry_id FROM entry_claim_readings r JOIN entries e ON e.id = r.entry_id
  WHERE r.entry_id < @below AND e.published_at < @since AND NOT EXISTS (SELECT 1
    FROM entries m WHERE m.story_id = e.story_id AND (m.published_at >= @since OR m.id >= @recentFrom))
  ORDER BY r.entry_id LIMIT @limit)`;

/**
 * Forgets the stored claims of stories whose members changed, until they are computed again
 * (a story without claims shows none: never claims made before a member joined).
 */
export function dropStoryClaims(db: Db, storyIds: readonly number[]): void {
  const drop = db.prepare('DELETE FROM story_claims WHERE story_id = ?');
  for (const id of storyIds) drop.run(id);
}

/** Stores a story's claims, replacing what was computed before. */
export function saveStoryClaims(db: Db, storyId: number, claims: StoredClaims, now: Date): void {
  db.prepare(`INSERT INTO story_claims (story_id, claims, computed_at) VALUES (?, ?, ?)
    ON CONFLICT (story_id) DO UPDATE SET claims = excluded.claims, computed_at = excluded.computed_at`).run(
    storyId,
    JSON.stringify(claims),
    now.toISOString(),
  );
}

/** The stored claims of these stories, by story id (stories never computed are missing). */
export function readStoryClaims(db: Db, storyIds: readonly number[]): Map<number, StoredClaims> {
  const claims = new Map<number, StoredClaims>();
  if (storyIds.length === 0) return claims;
  const marks = storyIds.map(() => '?').join(',');
  const rows = db
    .prepare(`SELECT story_id AS storyId, claims FROM story_claims WHERE story_id IN (${marks})`)
    .all(...storyIds) as { storyId: number; claims: string }[];
  for (const row of rows) {
    const parsed = parseClaims(row.claims);
    if (parsed !== undefined) claims.set(row.storyId, parsed);
  }
  return claims;
}

/** Puts each story's stored claims on its view: `unique` per member, `shared` on the story. */
export function attachClaims(db: Db, stories: StoryView[]): StoryView[] {
  const stored = readStoryClaims(
    db,
    stories.map((story) => story.id),
  );
  return applyClaims(stories, stored);
}

/** The stored claims rows (story_claims.claims JSON) of any backend, by story id. */
export function parseClaimRows(
  rows: readonly { storyId: number; claims: string }[],
): Map<number, StoredClaims> {
  const claims = new Map<number, StoredClaims>();
  for (const row of rows) {
    const parsed = parseClaims(row.claims);
    if (parsed !== undefined) claims.set(row.storyId, parsed);
  }
  return claims;
}

/** Puts stored claims on story views: `unique` per member, `shared` on the story. */
export function applyClaims(
  stories: readonly StoryView[],
  stored: ReadonlyMap<number, StoredClaims>,
): StoryView[] {
  return stories.map((story) => {
    const claims = stored.get(story.id);
    if (claims === undefined) return story;
    return {
      ...story,
      shared: claims.shared,
      members: story.members.map((member) => {
        const unique = claims.members[member.entryId];
        return unique === undefined ? member : { ...member, unique };
      }),
    };
  });
}

function parseClaims(json: string): StoredClaims | undefined {
  try {
    const value = JSON.parse(json) as StoredClaims;
    return typeof value === 'object' && value !== null && typeof value.members === 'object'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}
