import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/index.js';
import {
  forEachWindowEntry,
  readFingerprintSources,
  saveFingerprint,
  type WindowEntry,
  type WindowRequest,
} from '../../src/store/candidate-repo.js';
import { migrate } from '../../src/store/database.js';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../migrations');
const T0 = '2025-05-01T12:00:00.000Z';

function addEntry(db: Database.Database, id: number, storyId: number, publishedAt = T0): void {
  db.prepare(
    `INSERT OR IGNORE INTO stories (id, guid, published_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(storyId, `story-${storyId}`, publishedAt, T0, T0);
  db.prepare(
    `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, published_at,
      has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
     VALUES (?, 'src', ?, 't', '', '', '', ?, 1, ?, ?, ?, ?)`,
  ).run(id, `key-${id}`, publishedAt, `hash-${id}`, T0, T0, storyId);
}

const DAY = 86_400_000;

function readStoryWindow(db: Database.Database, request: WindowRequest): WindowEntry[] {
  const entries: WindowEntry[] = [];
  forEachWindowEntry(db, request, (entry) => entries.push(entry));
  return entries;
}
const at = (days: number) => new Date(Date.parse(T0) + days * DAY).toISOString();

describe('fingerprints kept to rebuild the story index', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    db.prepare(
      "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('src', 'x', 'x', 1)",
    ).run();
  });

  it('reads nothing from an empty store', () => {
    expect(readStoryWindow(db, { windowMs: 3 * DAY, recent: 10 })).toEqual([]);
  });

  it('reads the window before the newest entry and the latest stored, in stored order', () => {
    addEntry(db, 1, 1, at(-10));
    addEntry(db, 2, 2, at(-1));
    addEntry(db, 3, 2, at(0));
    addEntry(db, 4, 4, at(-30)); // a backfill stored last: kept as recent
    for (const id of [1, 2, 3, 4]) saveFingerprint(db, id, { marker: id });
    const rows = readStoryWindow(db, { windowMs: 3 * DAY, recent: 1 });
    expect(rows.map((row) => row.entryId)).toEqual([2, 3, 4]);
    expect(rows[1]).toEqual({
      entryId: 3,
      storyId: 2,
      publishedAt: at(0),
      hasFeedDate: true,
      features: { marker: 3 },
    });
  });

  it('replaces a saved fingerprint, and reads a missing or unreadable one as undefined', () => {
    addEntry(db, 1, 1);
    addEntry(db, 2, 2);
    addEntry(db, 3, 3);
    saveFingerprint(db, 1, { marker: 'old' });
    saveFingerprint(db, 1, { marker: 'new' });
    db.prepare("INSERT INTO entry_fingerprints (entry_id, features) VALUES (3, '{broken')").run();
    const rows = readStoryWindow(db, { windowMs: DAY, recent: 0 });
    expect(rows.map((row) => row.features)).toEqual([{ marker: 'new' }, undefined, undefined]);
  });

  it('forgets the fingerprint of a deleted entry', () => {
    addEntry(db, 1, 1);
    saveFingerprint(db, 1, { marker: 1 });
    db.prepare('DELETE FROM entries WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM entry_fingerprints').pluck().get()).toBe(0);
  });

  it('reads what a fingerprint is recomputed from', () => {
    addEntry(db, 7, 7);
    const [source] = readFingerprintSources(db, [7, 99]);
    expect(source).toEqual({
      entryId: 7,
      title: 't',
      text: '',
      publishedAt: T0,
      contentHash: 'hash-7',
    });
    const { features } = fingerprintEntry({ ...(source as NonNullable<typeof source>) });
    expect(features.contentHash).toBe('hash-7');
  });
});
