import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { refreshStoryClaims } from '../../src/provenance/index.js';
import {
  dropClaimReadingsOutsideWindow,
  readStoryClaims,
} from '../../src/store/story-claims-repo.js';
import { openMemoryStore } from '../helpers/memory-store.js';
import { STRIKE_ORIGINAL, STRIKE_REWRITE } from '../stories/made-up-news.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const WINDOW = { windowMs: 3 * 86_400_000, recent: 1 };

function addEntry(db: Database.Database, id: number, storyId: number, text: string, at: string) {
  db.prepare(
    `INSERT OR IGNORE INTO stories (id, guid, published_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(storyId, `story-${storyId}`, at, at, at);
  db.prepare(
    `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, language, published_at,
      has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
     VALUES (?, 'wire', ?, ?, '', ?, '', 'en', ?, 1, ?, ?, ?, ?)`,
  ).run(id, `key-${id}`, STRIKE_ORIGINAL.title, text, at, `hash-${id}`, at, at, storyId);
}

const readingCount = (db: Database.Database) =>
  db.prepare('SELECT count(*) FROM entry_claim_readings').pluck().get();

// Readings are derived data: once a story's readings are dropped (it left the story window), a
// recompute reads its members' text again and stores the same claims.
describe('claims after the stored readings of a story were dropped', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = openMemoryStore(['wire']);
    addEntry(db, 1, 1, STRIKE_ORIGINAL.text, '2025-05-01T00:00:00.000Z');
    addEntry(db, 2, 1, STRIKE_REWRITE.text, '2025-05-01T06:00:00.000Z');
    refreshStoryClaims(db, 1, NOW);
    addEntry(db, 3, 2, STRIKE_ORIGINAL.text, '2025-06-01T00:00:00.000Z');
  });

  it('recomputes the same claims from the text, and stores the readings again', () => {
    const before = readStoryClaims(db, [1]).get(1);
    expect(Object.keys(before?.members ?? {})).toEqual(['1', '2']);
    expect(readingCount(db)).toBe(2);

    expect(dropClaimReadingsOutsideWindow(db, WINDOW, 100)).toBe(2);
    expect(readingCount(db)).toBe(0);
    refreshStoryClaims(db, 1, NOW);

    expect(readStoryClaims(db, [1]).get(1)).toEqual(before);
    expect(readingCount(db)).toBe(2);
  });

  it('keeps the readings of a story a new member joined', () => {
    addEntry(db, 4, 1, STRIKE_REWRITE.text, '2025-05-31T00:00:00.000Z');
    addEntry(db, 5, 3, STRIKE_ORIGINAL.text, '2025-06-01T01:00:00.000Z');

    expect(dropClaimReadingsOutsideWindow(db, WINDOW, 100)).toBe(0);
    expect(readingCount(db)).toBe(2);
  });
});
