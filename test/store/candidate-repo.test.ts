import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/index.js';
import {
  findCandidates,
  type StoredFingerprint,
  saveFingerprint,
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

const fp = (keys: string[]): StoredFingerprint => ({ keys, features: { marker: keys.join() } });

describe('candidate index', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    db.prepare(
      "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('src', 'x', 'x', 1)",
    ).run();
  });

  it('finds entries sharing a key, with their story and stored features', () => {
    addEntry(db, 1, 100);
    saveFingerprint(db, 1, T0, fp(['e:tknfs', 'n:1162']));
    addEntry(db, 2, 200);
    saveFingerprint(db, 2, T0, fp(['e:klsnk']));
    const found = findCandidates(db, fp(['n:1162', 'e:other']), T0, 72);
    expect(found).toEqual([{ entryId: 1, storyId: 100, features: { marker: 'e:tknfs,n:1162' } }]);
  });

  it('ranks candidates sharing more keys first and caps the total', () => {
    for (let id = 1; id <= 5; id++) {
      addEntry(db, id, id);
      saveFingerprint(db, id, T0, fp(id === 4 ? ['a', 'b', 'c'] : ['a']));
    }
    const found = findCandidates(db, fp(['a', 'b', 'c']), T0, 72, {
      maxPerKey: 10,
      maxCandidates: 2,
    });
    expect(found.map((c) => c.entryId)).toEqual([4, 1]);
  });

  it('skips a key held by more entries than maxPerKey', () => {
    for (let id = 1; id <= 6; id++) {
      addEntry(db, id, id);
      saveFingerprint(db, id, T0, fp(id === 6 ? ['common', 'rare'] : ['common']));
    }
    const found = findCandidates(db, fp(['common', 'rare']), T0, 72, {
      maxPerKey: 3,
      maxCandidates: 10,
    });
    expect(found.map((c) => c.entryId)).toEqual([6]);
  });

  it('ignores entries published outside the window', () => {
    addEntry(db, 1, 1, '2025-04-20T12:00:00.000Z');
    saveFingerprint(db, 1, '2025-04-20T12:00:00.000Z', fp(['k']));
    addEntry(db, 2, 2, '2025-04-30T12:00:00.000Z');
    saveFingerprint(db, 2, '2025-04-30T12:00:00.000Z', fp(['k']));
    expect(findCandidates(db, fp(['k']), T0, 72).map((c) => c.entryId)).toEqual([2]);
  });

  it('replaces keys when an entry is fingerprinted again, and forgets deleted entries', () => {
    addEntry(db, 1, 1);
    saveFingerprint(db, 1, T0, fp(['old']));
    saveFingerprint(db, 1, T0, fp(['new']));
    expect(findCandidates(db, fp(['old']), T0, 72)).toEqual([]);
    expect(findCandidates(db, fp(['new']), T0, 72)).toHaveLength(1);
    db.prepare('DELETE FROM entries WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM entry_keys').pluck().get()).toBe(0);
  });

  it('stores real clusterer fingerprints and reads them back as candidates', () => {
    const entry = {
      title: 'Storm cuts power to 60,000 homes in Riga',
      text: '',
      publishedAt: T0,
      contentHash: 'h',
    };
    const fingerprint = fingerprintEntry(entry);
    addEntry(db, 1, 7);
    saveFingerprint(db, 1, T0, fingerprint);
    const [candidate] = findCandidates(
      db,
      fingerprintEntry({ ...entry, contentHash: 'other' }),
      T0,
      72,
    );
    expect(candidate?.storyId).toBe(7);
    expect(candidate?.features).toEqual(fingerprint.features);
  });

  it('rejects an invalid date with a store error', () => {
    expect(() => findCandidates(db, fp(['k']), 'not a date', 72)).toThrow(
      /^store: candidate index/,
    );
  });
});
