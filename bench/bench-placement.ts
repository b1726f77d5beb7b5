import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chooseStory, DEFAULT_CLUSTER_OPTIONS } from '../src/clusterer/choose-story.js';
import { fingerprintEntry } from '../src/clusterer/fingerprint-entry.js';
import { findCandidates, saveFingerprint } from '../src/store/candidate-repo.js';
import { migrate } from '../src/store/migrate.js';

/** Placement cost (candidate lookup + chooseStory) as the store grows; synthetic keys, real scoring. */
const SIZES = (process.argv[2] ?? '10000,200000').split(',').map(Number);
const PROBES = 200;
const VOCABULARY = 50_000;
const sample = fingerprintEntry({
  title: 'Court jails blogger for six years',
  text: 'The Vitebsk Regional Court sentenced blogger Andrei Kovalchuk to six years, his lawyer Olga Marchenko said. Viasna counts 1,150 political prisoners.',
  publishedAt: '2025-01-01T00:00:00Z',
  contentHash: 'x',
});

function randomKeys(seed: number): string[] {
  let x = seed * 2654435761;
  const keys: string[] = [];
  for (let i = 0; i < 30; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + i) >>> 0;
    keys.push(`k:${Math.floor((x / 2 ** 32) ** 2 * VOCABULARY)}`);
  }
  return keys;
}

function measure(size: number) {
  const db = new Database(':memory:');
  migrate(db, path.resolve(import.meta.dirname, '../migrations'));
  db.prepare(
    "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('s', 'x', 'x', 1)",
  ).run();
  const spanMs = 90 * 86_400_000;
  const start = Date.parse('2025-01-01T00:00:00Z');
  db.transaction(() => {
    for (let id = 1; id <= size; id++) {
      const at = new Date(start + (id / size) * spanMs).toISOString();
      db.prepare(
        'INSERT INTO stories (id, guid, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      ).run(id, `g${id}`, at, at, at);
      db.prepare(`INSERT INTO entries (id, source_id, key, title, content_html, text, summary, published_at,
        has_feed_date, content_hash, first_seen_at, last_seen_at, story_id) VALUES (?, 's', ?, 't', '', '', '', ?, 1, 'h', ?, ?, ?)`).run(
        id,
        `k${id}`,
        at,
        at,
        at,
        id,
      );
      saveFingerprint(db, id, at, { keys: randomKeys(id), features: sample.features });
    }
  })();
  const began = process.hrtime.bigint();
  let candidates = 0;
  for (let p = 0; p < PROBES; p++) {
    const at = new Date(start + ((p + 0.5) / PROBES) * spanMs).toISOString();
    const fp = {
      keys: randomKeys(size + p + 1),
      features: { ...sample.features, publishedAt: at },
    };
    const found = findCandidates(db, fp, at, DEFAULT_CLUSTER_OPTIONS.windowHours);
    candidates += found.length;
    chooseStory(fp.features, found, DEFAULT_CLUSTER_OPTIONS);
  }
  const ms = Number(process.hrtime.bigint() - began) / 1e6 / PROBES;
  db.close();
  return {
    storedEntries: size,
    msPerPlacement: Math.round(ms * 1000) / 1000,
    meanCandidates: candidates / PROBES,
  };
}

const results = SIZES.map(measure);
console.log(JSON.stringify(results, null, 2));
writeFileSync(
  path.join(import.meta.dirname, 'bench-placement.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
