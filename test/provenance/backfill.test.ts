import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { backfillStoryClaims } from '../../src/provenance/index.js';
import { createWriteLock } from '../../src/store/database.js';
import { readStoryClaims } from '../../src/store/story-claims-repo.js';
import { openMemoryStore } from '../helpers/memory-store.js';
import { STRIKE_ORIGINAL, STRIKE_REWRITE } from '../stories/made-up-news.js';

const T0 = '2025-03-10T07:00:00.000Z';
const ADDED = 'Union delegates later met in Kaunas, where 212 members voted to extend the action.';
const STORIES = 7;

/** A database as stored before claims existed: stories of two members, no story_claims rows. */
function seed(db: Database.Database): void {
  db.prepare(
    "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('a', 'x', 'x', 1)",
  ).run();
  const story = db.prepare(`INSERT INTO stories (id, guid, published_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?)`);
  const entry = db.prepare(`INSERT INTO entries (id, source_id, key, title, content_html, text,
      summary, language, published_at, has_feed_date, content_hash, first_seen_at, last_seen_at,
      story_id) VALUES (?, 'a', ?, ?, '', ?, '', 'en', ?, 1, ?, ?, ?, ?)`);
  for (let id = 1; id <= STORIES; id++) {
    story.run(id, `story-${id}`, T0, T0, T0);
    for (const [n, text] of [STRIKE_ORIGINAL.text, `${STRIKE_REWRITE.text}\n${ADDED}`].entries()) {
      const entryId = id * 10 + n;
      entry.run(
        entryId,
        `k-${entryId}`,
        STRIKE_ORIGINAL.title,
        text,
        T0,
        `h-${entryId}`,
        T0,
        T0,
        id,
      );
    }
  }
  // A story left without members computes nothing.
  story.run(STORIES + 1, 'empty', T0, T0, T0);
}

// Stories stored before migration 0012 get their claims at start, in short batches that leave the
// event loop and the other writers their turn in between.
describe('backfilling the claims of stories stored before claims existed', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = openMemoryStore();
    seed(db);
  });

  it('computes every story without claims, a batch at a time, newest first', async () => {
    const lock = createWriteLock();
    const batches: number[][] = [];
    let pauses = 0;
    const computed = await backfillStoryClaims(db, {
      now: () => new Date(T0),
      write: (work) => lock.run(work),
      pause: async () => {
        pauses++;
        batches.push(
          db
            .prepare('SELECT story_id FROM story_claims ORDER BY story_id')
            .pluck()
            .all() as number[],
        );
      },
      batchSize: 3,
      // Bounded by count here, not by time (the machine's load must not change the batches).
      batchMs: 60_000,
    });
    expect(computed).toBe(STORIES);
    expect(batches).toEqual([
      [5, 6, 7],
      [2, 3, 4, 5, 6, 7],
      [1, 2, 3, 4, 5, 6, 7],
    ]);
    expect(pauses).toBe(3);
    const claims = readStoryClaims(db, [1, 7]);
    expect(claims.get(1)?.members[11]).toMatchObject({ names: ['Kaunas'], numbers: ['212'] });
    expect(claims.get(7)?.members[71]).toMatchObject({ names: ['Kaunas'], numbers: ['212'] });
    // Nothing left: a second run finds nothing to do.
    expect(
      await backfillStoryClaims(db, { now: () => new Date(T0), write: (work) => lock.run(work) }),
    ).toBe(0);
  });

  it('stops before the next batch once aborted', async () => {
    const stop = new AbortController();
    const computed = await backfillStoryClaims(db, {
      now: () => new Date(T0),
      write: async (work) => work(),
      pause: async () => stop.abort(),
      batchSize: 2,
      // Bounded by count, as above: under load one story can outlast the default 50 ms budget.
      batchMs: 60_000,
      signal: stop.signal,
    });
    expect(computed).toBe(2);
    expect(db.prepare('SELECT count(*) FROM story_claims').pluck().get()).toBe(2);
  });

  it('skips a story it cannot compute and goes on with the others', async () => {
    // A value no text is (a blob, as a damaged row may hold): reading the member throws.
    db.prepare('UPDATE entries SET text = zeroblob(4) WHERE story_id = 4').run();
    const failed: number[] = [];
    const computed = await backfillStoryClaims(db, {
      now: () => new Date(T0),
      write: async (work) => work(),
      onError: (storyId) => failed.push(storyId),
    });
    expect(failed).toEqual([4]);
    expect(computed).toBe(STORIES);
    expect(db.prepare('SELECT story_id FROM story_claims ORDER BY story_id').pluck().all()).toEqual(
      [1, 2, 3, 5, 6, 7],
    );
  });
});
