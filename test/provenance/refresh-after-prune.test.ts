import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { StoryIndex } from '../../src/clusterer/index.js';
import type { Config } from '../../src/config/index.js';
import { pruneSource } from '../../src/ingest/ingest-entries.js';
import { refreshStoryClaims } from '../../src/provenance/index.js';
import { createSqliteIngestWriter } from '../../src/store/index.js';
import { readStoryClaims } from '../../src/store/story-claims-repo.js';
import { openMemoryStore } from '../helpers/memory-store.js';
import { STRIKE_ORIGINAL, STRIKE_REWRITE } from '../stories/made-up-news.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const ADDED = 'Union delegates later met in Kaunas, where 212 members voted to extend the action.';
/** Only what pruneSource reads of the config: entries older than 30 days go. */
const CONFIG = { retention: { days: 30 } } as Config;

function addEntry(db: Database.Database, id: number, source: string, text: string, at: string) {
  db.prepare(
    `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, language, published_at,
      has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
     VALUES (?, ?, ?, ?, '', ?, '', 'en', ?, 1, ?, ?, ?, 1)`,
  ).run(id, source, `key-${id}`, STRIKE_ORIGINAL.title, text, at, `hash-${id}`, at, at);
}

// Retention removes the oldest copy of a story: the copies left are compared again, so a claim
// the removed copy shared becomes unique to the one copy that still makes it.
describe('claims after retention removes a copy', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = openMemoryStore(['old-wire', 'digest', 'harbour']);
    db.prepare(
      `INSERT INTO stories (id, guid, published_at, created_at, updated_at)
       VALUES (1, 'story-1', '2025-04-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z')`,
    ).run();
    const rewrite = `${STRIKE_REWRITE.text}\n${ADDED}`;
    addEntry(db, 1, 'old-wire', rewrite, '2025-04-01T00:00:00.000Z');
    addEntry(db, 2, 'digest', rewrite, '2025-05-30T00:00:00.000Z');
    addEntry(db, 3, 'harbour', STRIKE_ORIGINAL.text, '2025-05-30T06:00:00.000Z');
    refreshStoryClaims(db, 1, NOW);
  });

  it('recomputes the claims of the copies left', async () => {
    const before = readStoryClaims(db, [1]).get(1);
    expect(before?.members[2]?.names).not.toContain('Kaunas');

    await pruneSource(createSqliteIngestWriter(db), CONFIG, new StoryIndex(), 'old-wire', NOW);

    const after = readStoryClaims(db, [1]).get(1);
    expect(Object.keys(after?.members ?? {})).toEqual(['2', '3']);
    expect(after?.members[2]).toMatchObject({ names: ['Kaunas'], numbers: ['212'] });
    expect(after?.members[3]?.names).not.toContain('Kaunas');
  });

  it('leaves nothing behind when the last copy goes', async () => {
    for (const source of ['digest', 'harbour'])
      await pruneSource(
        createSqliteIngestWriter(db),
        CONFIG,
        new StoryIndex(),
        source,
        new Date('2025-08-01T00:00:00.000Z'),
      );
    await pruneSource(createSqliteIngestWriter(db), CONFIG, new StoryIndex(), 'old-wire', NOW);
    expect(db.prepare('SELECT count(*) FROM story_claims').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM entry_claim_readings').pluck().get()).toBe(0);
  });
});
