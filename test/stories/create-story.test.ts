import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createStory, makeStoryGuid, migrate } from '../../src/store/index.js';

function openDb() {
  const db = new Database(':memory:');
  migrate(db, 'migrations');
  return db;
}

const founder = {
  sourceId: 'harbour-times',
  key: 'guid:h-1',
  publishedAt: '2025-03-10T07:00:00.000Z',
};

describe('createStory', () => {
  it('stores a urn:uuid GUID with the RFC 4122 layout', () => {
    const db = openDb();
    const id = createStory(db, founder, new Date('2025-03-10T08:00:00Z'));
    const row = db
      .prepare('SELECT guid, created_at, updated_at FROM stories WHERE id = ?')
      .get(id) as Record<string, string>;
    expect(row.guid).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(row.created_at).toBe('2025-03-10T08:00:00.000Z');
    expect(row.updated_at).toBe(row.created_at);
  });

  it('gives the same founder key a new GUID when it founds again later (after its entry was pruned)', () => {
    const db = openDb();
    const first = createStory(db, founder, new Date('2025-03-10T08:00:00Z'));
    const again = createStory(db, founder, new Date('2025-06-10T08:00:00Z'));
    const guids = db
      .prepare('SELECT guid FROM stories WHERE id IN (?, ?)')
      .pluck()
      .all(first, again);
    expect(new Set(guids).size).toBe(2);
  });

  it('derives the GUID from the founder and the creation instant only', () => {
    const a = { sourceId: 's', key: 'k', createdAt: '2025-01-01T00:00:00.000Z' };
    expect(makeStoryGuid(a)).toBe(makeStoryGuid({ ...a }));
    expect(makeStoryGuid(a)).not.toBe(makeStoryGuid({ ...a, key: 'k2' }));
    expect(makeStoryGuid(a)).not.toBe(makeStoryGuid({ ...a, sourceId: 's2' }));
  });
});
