/**
 * How much of entry_claim_readings the story-window rule drops, over a generated store: `COUNT`
 * one-member stories spread over `SPAN_DAYS` (bench/perf's seed-store), a stored reading for every
 * entry (as the parse job now stores), and a pair of copies made into one story every tenth entry
 * of the window's days. Prints rows and characters before/after, the CPU time of each batch
 * (dropClaimReadingsOutsideWindow, 500 rows) and of a run that finds nothing left, and whether the
 * window's multi-member stories get byte-identical claims recomputed afterwards.
 * Not a test. Run: npx tsx bench/tools/claim-readings-size.ts [count]
 */

import { parseConfig } from '../../src/config/index.js';
import { readClaimReading, refreshStoryClaims } from '../../src/provenance/index.js';
import { migrate, openDatabase } from '../../src/store/index.js';
import { dropClaimReadingsOutsideWindow } from '../../src/store/story-claims-repo.js';
import { loadArticles } from '../perf/articles.js';
import { seedStore } from '../perf/seed-store.js';

const COUNT = Number(process.argv[2] ?? 20_000);
const SPAN_DAYS = 30;
const WINDOW = { windowMs: 3 * 86_400_000, recent: 2_000 };
const BATCH = 500;
const NOW = new Date('2026-12-01T00:00:00.000Z');

const config = parseConfig('database: ":memory:"\nsources: []\n', '/cfg/topicfeed.yaml');
const db = openDatabase(':memory:');
migrate(db, 'migrations');
seedStore(db, config, {
  articles: loadArticles(),
  sourceIds: ['seed-0', 'seed-1', 'seed-2'],
  count: COUNT,
  newest: NOW,
  spanDays: SPAN_DAYS,
  poolSize: 200,
});
db.pragma('foreign_keys = ON');

// A reading per entry, made once per distinct text (the seed's entries copy a pool of 200).
const byHash = new Map<string, string>();
const save = db.prepare('INSERT INTO entry_claim_readings VALUES (?, ?, ?)');
const rows = db.prepare('SELECT id, title, text, content_hash AS hash FROM entries').all() as {
  id: number;
  title: string;
  text: string;
  hash: string;
}[];
db.transaction(() => {
  for (const row of rows) {
    let reading = byHash.get(row.hash);
    if (reading === undefined) {
      reading = readClaimReading({
        entryId: row.id,
        sourceId: 's',
        title: row.title,
        text: row.text,
      });
      byHash.set(row.hash, reading);
    }
    save.run(row.id, row.hash, reading);
  }
})();

// Copies joining stories inside the window: every tenth entry of the last 3 days takes the next one.
const since = new Date(NOW.getTime() - WINDOW.windowMs).toISOString();
const windowIds = db
  .prepare('SELECT id FROM entries WHERE published_at >= ? ORDER BY id')
  .pluck()
  .all(since) as number[];
const joined: number[] = [];
for (let i = 0; i + 1 < windowIds.length; i += 10) {
  const [story, copy] = [windowIds[i] as number, windowIds[i + 1] as number];
  db.prepare('UPDATE entries SET story_id = ? WHERE id = ?').run(story, copy);
  db.prepare('DELETE FROM stories WHERE id = ?').run(copy);
  joined.push(story);
}
for (const story of joined) refreshStoryClaims(db, story, NOW);
const claimsOf = () =>
  db
    .prepare(
      `SELECT story_id, claims FROM story_claims WHERE story_id IN (${joined.join(',')}) ORDER BY 1`,
    )
    .all();
const before = JSON.stringify(claimsOf());

const size = () =>
  db
    .prepare(
      'SELECT count(*) AS rows, coalesce(sum(length(reading)), 0) AS chars FROM entry_claim_readings',
    )
    .get() as {
    rows: number;
    chars: number;
  };
const textChars = db.prepare('SELECT sum(length(text)) FROM entries').pluck().get() as number;
const start = size();
console.log(
  `store: ${COUNT} entries over ${SPAN_DAYS} days, text ${textChars} characters; window ${windowIds.length} entries, ${joined.length} two-member stories`,
);
console.log(`readings before: ${start.rows} rows, ${start.chars} characters`);

const batchCpu: number[] = [];
for (;;) {
  const cpu = process.cpuUsage();
  const dropped = dropClaimReadingsOutsideWindow(db, WINDOW, BATCH);
  const used = process.cpuUsage(cpu);
  batchCpu.push((used.user + used.system) / 1000);
  if (dropped < BATCH) break;
}
const end = size();
console.log(
  `readings after: ${end.rows} rows, ${end.chars} characters (${batchCpu.length} batches)`,
);
const sorted = [...batchCpu].sort((a, b) => a - b);
console.log(
  `CPU per batch of ${BATCH}: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms; last (nothing left) ${batchCpu.at(-1)?.toFixed(1)} ms`,
);

// Claims unchanged: the stored ones untouched, and recomputed from what is left (readings kept for
// the window's stories; dropped ones would be read from the text) byte-identical.
const untouched = JSON.stringify(claimsOf()) === before;
db.prepare('DELETE FROM story_claims').run();
for (const story of joined) refreshStoryClaims(db, story, NOW);
console.log(
  `window claims: stored ones untouched ${untouched}; recomputed identical ${JSON.stringify(claimsOf()) === before}`,
);
