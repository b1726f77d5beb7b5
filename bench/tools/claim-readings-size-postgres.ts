/**
 * dropClaimReadingsOutsideWindow on PostgreSQL (bench/tools/claim-readings-size.ts is the SQLite
 * one): a throwaway cluster (test/helpers/postgres-cluster.ts), `COUNT` one-entry stories over 30
 * days with a 2,000-character reading each, then the readings of stories outside a 3-day window
 * deleted as the poller does (500 per write transaction, under the story-window lock). Prints
 * rows left, wall time per transaction, and each statement's time once nothing is left.
 * Not a test. Run: npx tsx bench/tools/claim-readings-size-postgres.ts [count]
 */

import { createPostgresIngestStore } from '../../src/store/postgres/postgres-ingest-store.js';
import {
  DROP_READINGS_OUTSIDE_WINDOW,
  READINGS_FIRST_IN_WINDOW,
  READINGS_WINDOW_BOUNDS,
} from '../../src/store/story-claims-repo.js';
import { storeBackends } from '../../test/helpers/store-backends.js';

const COUNT = Number(process.argv[2] ?? 100_000);
const NEWEST = Date.parse('2026-12-01T00:00:00.000Z');
const WINDOW = { windowMs: 3 * 86_400_000, recent: 2_000 };
const SINCE = new Date(NEWEST - WINDOW.windowMs).toISOString();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

const backends = storeBackends();
const opened = await backends.open('postgres');
const pool = opened.pool;
if (!pool) throw new Error('claim-readings-size-postgres: no PostgreSQL pool');
const series = `WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT})`;
await pool.query(
  "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('wire', 'x', 'x', 1)",
);
await pool.query(`${series} INSERT INTO stories (id, guid, published_at, created_at, updated_at)
  SELECT i, 's' || i, 'x', 'x', 'x' FROM n`);
await pool.query(`${series} INSERT INTO entries (id, source_id, key, title, content_html, text,
    summary, published_at, has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
  SELECT i, 'wire', 'k' || i, 'T', '', 'Text', '', to_char(to_timestamp(${NEWEST / 1000}
    - (${COUNT} - i) * ${(30 * 86_400) / COUNT}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    1, 'h', 'x', 'x', i FROM n`);
await pool.query(`INSERT INTO entry_claim_readings (entry_id, content_hash, reading)
  SELECT id, 'h', repeat('r', 2000) FROM entries`);
await pool.query('ANALYZE');

const store = createPostgresIngestStore(pool);
const wall: number[] = [];
for (;;) {
  const start = performance.now();
  const dropped = await store.write((writer) => writer.dropClaimReadingsOutsideWindow(WINDOW, 500));
  wall.push(performance.now() - start);
  if (dropped < 500) break;
}
const left = (await pool.query('SELECT count(*) AS n FROM entry_claim_readings')).rows[0]?.n;
console.log(`${COUNT} readings -> ${left} in ${wall.length} transactions; wall per transaction`);
console.log(
  `  median ${median(wall).toFixed(1)} ms, max ${Math.max(...wall).toFixed(1)} ms; nothing left ${wall.at(-1)?.toFixed(1)} ms`,
);

const statements: [string, string, unknown[]][] = [
  ['bounds', READINGS_WINDOW_BOUNDS.replace('@offset', '$1'), [WINDOW.recent - 1]],
  ['first in window', READINGS_FIRST_IN_WINDOW.replace('@since', '$1'), [SINCE]],
  [
    'delete',
    DROP_READINGS_OUTSIDE_WINDOW.replaceAll('@below', '$1')
      .replaceAll('@recentFrom', '$2')
      .replaceAll('@since', '$3')
      .replace('@limit', '$4'),
    [COUNT - COUNT / 10, COUNT - WINDOW.recent + 1, SINCE, 500],
  ],
];
for (const [name, sql, params] of statements) {
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const start = performance.now();
    await pool.query(sql, params);
    times.push(performance.now() - start);
  }
  console.log(`  ${name}, nothing left: median of 11 ${median(times).toFixed(2)} ms`);
}
await opened.close();
await backends.stop();
