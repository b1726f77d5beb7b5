import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { NormalizedEntry } from '../../src/model/index.js';
import { createStory, insertEntry, migrate, refreshStory } from '../../src/store/index.js';

const T0 = new Date('2025-03-10T12:00:00Z');
const T1 = new Date('2025-03-10T13:00:00Z');

function openDb(preferred: string[] = []) {
  const db = new Database(':memory:');
  migrate(db, 'migrations');
  const add = db.prepare(
    "INSERT INTO sources (id, config_url, url, interval_ms, preferred) VALUES (?, 'file:x', 'file:x', 60000, ?)",
  );
  for (const id of ['early', 'late', 'undated']) add.run(id, preferred.includes(id) ? 1 : 0);
  return db;
}

function makeEntry(sourceId: string, publishedAt: string, hasFeedDate = true): NormalizedEntry {
  return {
    sourceId,
    key: `${sourceId}-1`,
    title: `${sourceId} title`,
    contentHtml: '<p>x</p>',
    text: 'x',
    summary: 'x',
    publishedAt,
    hasFeedDate,
    categories: [],
    contentHash: sourceId,
    warnings: [],
  };
}

function readStory(db: Database.Database, id: number) {
  return db
    .prepare(`SELECT s.guid, s.updated_at AS updatedAt, s.published_at AS publishedAt, e.source_id AS rep
      FROM stories s JOIN entries e ON e.id = s.representative_entry_id WHERE s.id = ?`)
    .get(id) as { guid: string; updatedAt: string; publishedAt: string; rep: string };
}

/** Stores `entries` in one story, in this order, refreshing after each like the ingest does. */
function buildStory(db: Database.Database, entries: NormalizedEntry[], at = T0): number {
  const [first] = entries;
  if (!first) throw new Error('no entries');
  const storyId = createStory(db, first, at);
  for (const entry of entries) {
    insertEntry(db, entry, { storyId, score: 0.8, signals: ['quotes:1'] }, at);
    refreshStory(db, storyId, at, true);
  }
  return storyId;
}

describe('refreshStory', () => {
  it('picks the earliest published member, whatever the arrival order, and keeps the GUID', () => {
    const db = openDb();
    const id = buildStory(db, [makeEntry('late', '2025-03-10T11:00:00.000Z')]);
    const before = readStory(db, id);
    insertEntry(
      db,
      makeEntry('early', '2025-03-10T07:00:00.000Z'),
      { storyId: id, score: 0.8, signals: [] },
      T1,
    );
    refreshStory(db, id, T1, true);
    const after = readStory(db, id);
    expect(after.rep).toBe('early');
    expect(after.guid).toBe(before.guid);
    expect(after.publishedAt).toBe('2025-03-10T07:00:00.000Z');
    expect(after.updatedAt).toBe(T1.toISOString());
  });

  it('never moves `updated` backwards when a poll that started earlier commits later', () => {
    const db = openDb();
    const id = buildStory(db, [makeEntry('late', '2025-03-10T11:00:00.000Z')], T1);
    insertEntry(
      db,
      makeEntry('early', '2025-03-10T07:00:00.000Z'),
      { storyId: id, score: 0.8, signals: [] },
      T0,
    );
    refreshStory(db, id, T0, true);
    expect(readStory(db, id)).toMatchObject({ rep: 'early', updatedAt: T1.toISOString() });
  });

  it('prefers a member dated by its feed over one dated by fetch time, and a preferred source over both', () => {
    const plain = openDb();
    const a = buildStory(plain, [
      makeEntry('undated', '2025-03-10T06:00:00.000Z', false),
      makeEntry('late', '2025-03-10T11:00:00.000Z'),
    ]);
    expect(readStory(plain, a).rep).toBe('late');
    const preferring = openDb(['late']);
    const b = buildStory(preferring, [
      makeEntry('early', '2025-03-10T07:00:00.000Z'),
      makeEntry('late', '2025-03-10T11:00:00.000Z'),
    ]);
    expect(readStory(preferring, b).rep).toBe('late');
  });

  it('moves updated_at only when something changed or the representative moved', () => {
    const db = openDb();
    const id = buildStory(db, [makeEntry('early', '2025-03-10T07:00:00.000Z')]);
    refreshStory(db, id, T1, false);
    expect(readStory(db, id).updatedAt).toBe(T0.toISOString());
    refreshStory(db, id, T1, true);
    expect(readStory(db, id).updatedAt).toBe(T1.toISOString());
  });
});
