import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { backfillStoryClaims, computeStoryClaims } from '../../src/provenance/index.js';
import {
  backfillPostgresStoryClaims,
  createWriteLock,
  type PgPool,
} from '../../src/store/index.js';
import {
  type BackendKind,
  describeEachBackend,
  type OpenedStore,
  storeBackends,
} from '../helpers/store-backends.js';
import { STRIKE_ORIGINAL, STRIKE_REWRITE } from '../stories/made-up-news.js';

const backends = storeBackends();
afterAll(() => backends.stop());

const T0 = '2025-03-10T07:00:00.000Z';
const ADDED = 'Union delegates later met in Kaunas, where 212 members voted to extend the action.';
const STORIES = 7;

/** A store as written before claims existed: stories of two members, no story_claims rows. */
async function seed(opened: OpenedStore): Promise<void> {
  await opened.query(
    "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('a', 'x', 'x', 1)",
  );
  const story = `INSERT INTO stories (id, guid, published_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?)`;
  for (let id = 1; id <= STORIES; id++) {
    await opened.query(story, [id, `story-${id}`, T0, T0, T0]);
    for (const [n, text] of [STRIKE_ORIGINAL.text, `${STRIKE_REWRITE.text}\n${ADDED}`].entries()) {
      const entryId = id * 10 + n;
      await opened.query(
        `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, language,
          published_at, has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
         VALUES (?, 'a', ?, ?, '', ?, '', 'en', ?, 1, ?, ?, ?, ?)`,
        [entryId, `k-${entryId}`, STRIKE_ORIGINAL.title, text, T0, `h-${entryId}`, T0, T0, id],
      );
    }
  }
  // A story left without members computes nothing.
  await opened.query(story, [STORIES + 1, 'empty', T0, T0, T0]);
}

interface BackfillRun {
  batchSize?: number;
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

/** The backend's backfill: backfillStoryClaims on SQLite, backfillPostgresStoryClaims on PostgreSQL. */
function backfill(opened: OpenedStore, run: BackfillRun = {}): Promise<number> {
  const now = () => new Date(T0);
  if (opened.db) {
    const lock = createWriteLock();
    // Bounded by count here, not by time (the machine's load must not change the batches).
    return backfillStoryClaims(opened.db, {
      ...run,
      now,
      write: (w) => lock.run(w),
      batchMs: 60_000,
    });
  }
  return backfillPostgresStoryClaims(opened.pool as PgPool, {
    ...run,
    now,
    compute: computeStoryClaims,
  });
}

async function storiesWithClaims(opened: OpenedStore): Promise<number[]> {
  const rows = await opened.query('SELECT story_id AS id FROM story_claims ORDER BY story_id');
  return rows.map((row) => Number(row.id));
}

// Stories stored before claims existed get their claims in the background, in short batches
// serialized with the polls' stores (SQLite: the write lock; PostgreSQL: the story-window lock).
describeEachBackend('backfilling story claims', (kind: BackendKind) => {
  let opened: OpenedStore;
  beforeEach(async () => {
    opened = await backends.open(kind);
    await seed(opened);
  });
  afterEach(() => opened.close());

  it('computes every story without claims, a batch at a time, newest first; then nothing is left', async () => {
    const batches: number[][] = [];
    const computed = await backfill(opened, {
      batchSize: 3,
      pause: async () => {
        batches.push(await storiesWithClaims(opened));
      },
    });
    expect(computed).toBe(STORIES);
    expect(batches).toEqual([
      [5, 6, 7],
      [2, 3, 4, 5, 6, 7],
      [1, 2, 3, 4, 5, 6, 7],
    ]);
    const [row] = await opened.query('SELECT claims FROM story_claims WHERE story_id = 1');
    const claims = JSON.parse(String(row?.claims)) as { members: Record<string, unknown> };
    expect(claims.members[11]).toMatchObject({ names: ['Kaunas'], numbers: ['212'] });
    expect(await backfill(opened)).toBe(0);
  });

  it('stops before the next batch once aborted', async () => {
    const stop = new AbortController();
    const computed = await backfill(opened, {
      batchSize: 2,
      pause: async () => stop.abort(),
      signal: stop.signal,
    });
    expect(computed).toBe(2);
    expect(await storiesWithClaims(opened)).toEqual([6, 7]);
  });

  // One process holds a SQLite file; on PostgreSQL several instances share the store.
  if (kind === 'postgres')
    it('is left to the one instance already backfilling', async () => {
      const pool = opened.pool as PgPool;
      const other = await pool.connect();
      try {
        // Another instance's backfill holds the lock ("tfcb").
        await other.query('SELECT pg_advisory_lock($1)', [0x74666362]);
        expect(await backfill(opened)).toBe(0);
        expect(await storiesWithClaims(opened)).toEqual([]);
      } finally {
        await other.query('SELECT pg_advisory_unlock($1)', [0x74666362]);
        other.release();
      }
      expect(await backfill(opened)).toBe(STORIES);
    });
});
