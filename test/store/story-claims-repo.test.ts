import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/database.js';
import { readStories, readStory } from '../../src/store/read-stories.js';
import {
  readClaimSources,
  saveClaimReadings,
  saveStoryClaims,
} from '../../src/store/story-claims-repo.js';
import { refreshStory } from '../../src/store/story-repo.js';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../migrations');
const T0 = '2025-05-01T12:00:00.000Z';

function addEntry(db: Database.Database, id: number, source: string, text: string, at = T0): void {
  db.prepare(
    `INSERT OR IGNORE INTO stories (id, guid, published_at, created_at, updated_at)
     VALUES (1, 'story-1', ?, ?, ?)`,
  ).run(at, T0, T0);
  db.prepare(
    `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, language, published_at,
      has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
     VALUES (?, ?, ?, 't', '', ?, '', 'en', ?, 1, ?, ?, ?, 1)`,
  ).run(id, source, `key-${id}`, text, at, `hash-${id}`, T0, T0);
}

describe('story claims in the store', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    for (const id of ['a', 'b'])
      db.prepare(
        "INSERT INTO sources (id, config_url, url, interval_ms) VALUES (?, 'x', 'x', 1)",
      ).run(id);
    addEntry(db, 10, 'a', 'first text');
    addEntry(db, 11, 'b', 'second text', '2025-05-01T13:00:00.000Z');
    refreshStory(db, 1, new Date(T0), true);
  });

  it('reads every member with its text, oldest first', () => {
    expect(readClaimSources(db, 1)).toEqual([
      {
        entryId: 10,
        sourceId: 'a',
        title: 't',
        text: 'first text',
        language: 'en',
        contentHash: 'hash-10',
      },
      {
        entryId: 11,
        sourceId: 'b',
        title: 't',
        text: 'second text',
        language: 'en',
        contentHash: 'hash-11',
      },
    ]);
  });

  it('gives a member its stored reading only while its content hash is the same', () => {
    saveClaimReadings(db, [
      { entryId: 10, contentHash: 'hash-10', reading: '{"r":10}' },
      { entryId: 11, contentHash: 'old-hash', reading: '{"r":11}' },
    ]);
    expect(readClaimSources(db, 1).map((source) => source.reading)).toEqual([
      '{"r":10}',
      undefined,
    ]);
  });

  it('puts saved claims on the story view: unique per member, shared on the story', () => {
    const none = { quotes: [], names: [], numbers: [] };
    expect(readStory(db, 1)?.members[0]?.unique).toBeUndefined();
    saveStoryClaims(
      db,
      1,
      {
        members: { 10: none, 11: { quotes: [], names: ['Vilnius'], numbers: [] } },
        shared: { ...none, numbers: ['18'] },
      },
      new Date(T0),
    );
    const story = readStories(db, { topic: 'all', limit: 10 })[0];
    expect(story?.members.map((member) => member.unique?.names)).toEqual([[], ['Vilnius']]);
    expect(story?.shared?.numbers).toEqual(['18']);
    expect(readStory(db, 1)?.members[1]?.unique?.names).toEqual(['Vilnius']);
  });

  it('replaces claims computed before, and drops them with the story', () => {
    const none = { quotes: [], names: [], numbers: [] };
    saveStoryClaims(
      db,
      1,
      { members: { 10: none, 11: { ...none, names: ['Old'] } }, shared: none },
      new Date(T0),
    );
    saveStoryClaims(db, 1, { members: { 10: none, 11: none }, shared: none }, new Date(T0));
    expect(readStory(db, 1)?.members[1]?.unique).toEqual(none);
    db.prepare('DELETE FROM entries').run();
    db.prepare('DELETE FROM stories').run();
    expect(db.prepare('SELECT count(*) AS n FROM story_claims').get()).toEqual({ n: 0 });
  });
});
