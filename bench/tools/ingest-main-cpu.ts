import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { ingestEntries, refreshClaimsAfterPoll } from '../../src/ingest/index.js';
import { createSqliteIngestStore } from '../../src/store/index.js';
import { createParsePool, type FeedEntries } from '../../src/worker/index.js';
import { openBenchApp } from '../perf/app.js';
import { feedUrlOf } from '../perf/ingest-corpus.js';
import { buildCorpus } from '../perf/scenarios/ingest.js';

/**
 * `npx tsx bench/tools/ingest-main-cpu.ts [feeds] [rounds] [dump.txt]`: the main thread's part of
 * the ingest bench alone. The bench's generated feeds (fixed date) are parsed and prepared once by
 * the parse pool; then each round opens a fresh app and stores them as the bench does
 * (ingestEntries per feed through the write lock, claims after), timed with process.cpuUsage
 * (the workers idle). Prints CPU ms per round and a SHA-256 of every table's rows after the
 * round but the start-up tables (same code, same digest); with a third argument, writes the last round's rows there.
 */
/** Written when the app opens (with the clock's time), not by the ingest. */
const STARTUP_TABLES = new Set(['schema_migrations', 'topic_models', 'topic_versions']);

const feeds = Number(process.argv[2] ?? 20);
const rounds = Number(process.argv[3] ?? 5);
const dumpPath = process.argv[4];
const now = new Date('2026-12-01T12:00:00Z');
const corpus = buildCorpus(feeds, now);
const pool = createParsePool({ size: 2, deadlineMs: 120_000 });
const parsed: FeedEntries[] = [];
for (const feed of corpus) {
  const context = { sourceId: feed.sourceId, feedUrl: feedUrlOf(feed.sourceId), now };
  const bytes = new TextEncoder().encode(feed.text);
  parsed.push(
    await pool.parseEntries({ bytes, contentType: 'application/xml; charset=utf-8' }, context),
  );
}
await pool.close();

const sources = corpus.map((feed) => ({ id: feed.sourceId, url: feedUrlOf(feed.sourceId) }));
for (let round = 0; round < rounds; round++) {
  const bench = await openBenchApp('ingest-cpu', sources);
  const { app } = bench;
  const store = createSqliteIngestStore(app.db, app.writeLock);
  const index = app.storyIndex;
  const started = process.cpuUsage();
  for (const { entries, preparations } of parsed) {
    const options = { deferClaims: true, preparations };
    const counts = await store.write((writer) =>
      ingestEntries(writer, app.config, index, entries, now, options),
    );
    await refreshClaimsAfterPoll(store, counts.staleClaims, now, { readings: counts.readings });
  }
  const used = process.cpuUsage(started);
  const rows = dumpTables(app.db);
  const digest = createHash('sha256').update(rows).digest('hex').slice(0, 16);
  console.log(
    `round ${round + 1}: cpu ${((used.user + used.system) / 1000).toFixed(1)} ms, rows ${digest}`,
  );
  if (dumpPath) writeFileSync(`${dumpPath}.${round + 1}`, rows);
  bench.dispose();
}

function dumpTables(db: import('better-sqlite3').Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  const lines: string[] = [];
  for (const { name } of tables) {
    if (name.startsWith('sqlite_') || STARTUP_TABLES.has(name)) continue;
    const rows = db.prepare(`SELECT * FROM "${name}"`).all();
    lines.push(...rows.map((row) => `${name}\t${JSON.stringify(row)}`).sort());
  }
  return `${lines.join('\n')}\n`;
}
