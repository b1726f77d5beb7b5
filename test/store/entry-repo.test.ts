import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { NormalizedEntry } from '../../src/model/index.js';
import { createStory, insertEntry, migrate } from '../../src/store/index.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');

function openDb() {
  const db = new Database(':memory:');
  migrate(db, 'migrations');
  db.prepare(
    "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('src', 'file:x', 'file:x', 60000)",
  ).run();
  return db;
}

const BARE: NormalizedEntry = {
  sourceId: 'src',
  key: 'bare',
  title: 'Bare title',
  contentHtml: '<p>bare</p>',
  text: 'bare',
  summary: 'bare summary',
  publishedAt: '2026-03-01T08:00:00.000Z',
  hasFeedDate: false,
  categories: [],
  contentHash: 'hash-bare',
  warnings: [],
};

const FULL: NormalizedEntry = {
  ...BARE,
  key: 'full',
  guid: 'guid-full',
  link: 'https://example.org/full?ref=feed',
  url: 'https://example.org/full',
  author: 'A. Writer',
  language: 'en',
  categories: ['courts', 'city'],
  hasFeedDate: true,
  updatedAt: '2026-03-01T09:00:00.000Z',
  contentHash: 'hash-full',
};

describe('insertEntry', () => {
  it('stores every field of a new entry in its column, absent optional ones as NULL', () => {
    const db = openDb();
    const storyId = createStory(db, FULL, NOW);
    const full = insertEntry(db, FULL, { storyId, score: 0.75, signals: ['names:2'] }, NOW);
    const bare = insertEntry(db, BARE, { storyId, score: 1, signals: [] }, NOW);
    const read = db.prepare('SELECT * FROM entries WHERE id = ?');
    expect(read.get(full)).toEqual({
      id: full,
      source_id: 'src',
      key: 'full',
      guid: 'guid-full',
      link: 'https://example.org/full?ref=feed',
      url: 'https://example.org/full',
      title: 'Bare title',
      content_html: '<p>bare</p>',
      text: 'bare',
      summary: 'bare summary',
      author: 'A. Writer',
      language: 'en',
      categories: '["courts","city"]',
      published_at: '2026-03-01T08:00:00.000Z',
      has_feed_date: 1,
      updated_at: '2026-03-01T09:00:00.000Z',
      content_hash: 'hash-full',
      first_seen_at: NOW.toISOString(),
      last_seen_at: NOW.toISOString(),
      story_id: storyId,
      join_score: 0.75,
      join_signals: '["names:2"]',
    });
    expect(read.get(bare)).toMatchObject({
      key: 'bare',
      guid: null,
      link: null,
      url: null,
      author: null,
      language: null,
      categories: '[]',
      has_feed_date: 0,
      updated_at: null,
      join_score: 1,
      join_signals: '[]',
    });
  });
});
