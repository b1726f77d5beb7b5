import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_VERSION, fingerprintEntry } from '../../src/clusterer/index.js';
import { loadStoryWindow } from '../../src/ingest/index.js';
import { migrate } from '../../src/store/database.js';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../migrations');
const DAY = 86_400_000;
const T0 = Date.parse('2025-05-01T12:00:00Z');

function openStore(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  db.prepare(
    "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('s', 'x', 'x', 1)",
  ).run();
  return db;
}

function addEntry(db: Database.Database, id: number, days: number, title: string): void {
  const at = new Date(T0 + days * DAY).toISOString();
  db.prepare(
    'INSERT INTO stories (id, guid, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, `g-${id}`, at, at, at);
  db.prepare(
    `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, published_at,
      has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
     VALUES (?, 's', ?, ?, '', ?, '', ?, 1, ?, ?, ?, ?)`,
  ).run(id, `k-${id}`, title, `${title}. More text.`, at, `h-${id}`, at, at, id);
}

describe('loadStoryWindow', () => {
  it('is empty for an empty store', () => {
    expect(loadStoryWindow(openStore(), 3 * DAY).size).toBe(0);
  });

  it('loads the window, recomputes and saves back fingerprints that are missing or outdated', () => {
    const db = openStore();
    addEntry(db, 1, -40, 'Dockworkers walk out over pay in Lindavik');
    addEntry(db, 2, -1, 'Storm cuts power to 60,000 homes in Riga');
    addEntry(db, 3, 0, 'Court sentences blogger Varkovsky to nine years');
    const current = fingerprintEntry({
      title: 'Court sentences blogger Varkovsky to nine years',
      text: 'x',
      publishedAt: new Date(T0).toISOString(),
      contentHash: 'h-3',
    });
    db.prepare('INSERT INTO entry_fingerprints (entry_id, features) VALUES (3, ?)').run(
      JSON.stringify(current.features),
    );
    // Entry 2 has a fingerprint of the old shape (version 1, no headline terms).
    db.prepare(
      `INSERT INTO entry_fingerprints (entry_id, features) VALUES (2, '{"entities":[]}')`,
    ).run();
    const index = loadStoryWindow(db, 3 * DAY);
    expect(index.members(2).map((m) => m.entryId)).toEqual([2]);
    expect(index.members(3)[0]?.features).toEqual(current.features);
    const saved = JSON.parse(
      db
        .prepare('SELECT features FROM entry_fingerprints WHERE entry_id = 2')
        .pluck()
        .get() as string,
    );
    expect(saved.version).toBe(FINGERPRINT_VERSION);
    expect(saved.titleNumbers).toEqual(['60000']);
  });
});
