import path from 'node:path';
import { pino } from 'pino';
import { openApp } from '../../../src/app.js';
import { fingerprintEntry } from '../../../src/clusterer/index.js';
import { placeEntry } from '../../../src/ingest/index.js';
import { createSqliteIngestWriter, runTransaction } from '../../../src/store/index.js';
import { loadArticles } from '../articles.js';
import { createRandom } from '../random.js';
import type { ScenarioOptions, ScenarioResult } from '../result.js';
import { makeNormalizedEntry } from '../seed-store.js';
import type { SeededStore } from '../seeded-stores.js';
import { elapsedMs, median, roundTo } from '../stats.js';
import { writeBenchConfig } from '../workspace.js';

/**
 * Places `probes` new entries (half copies of recent stored stories, half new stories, published
 * in the last day) through the real placeEntry, one transaction each; returns ms per placement.
 */
interface ProbeBatch {
  times: number[];
  /** Candidates the lookup returned for each probe (counted outside the timing). */
  candidates: number[];
}

async function probeStore(store: SeededStore, probes: number, seed: number): Promise<ProbeBatch> {
  const configPath = writeBenchConfig(path.dirname(store.dbFile), {
    database: store.dbFile,
    sources: [...store.sourceIds, 'probe'].map((id) => ({
      id,
      url: `https://${id}.example.org/feed`,
    })),
  });
  const app = await openApp(configPath, pino({ level: 'silent' }));
  const articles = loadArticles();
  const random = createRandom(seed);
  const times: number[] = [];
  const candidates: number[] = [];
  const windowHours = app.config.stories.windowMs / 3_600_000;
  // The story window is loaded once at start (outside the timing), as the daemon does.
  const index = app.storyIndex;
  const writer = createSqliteIngestWriter(app.db);
  try {
    for (let p = 0; p < probes; p++) {
      const story =
        p % 2 === 0 ? Math.floor(random() * store.poolSize) : store.count + seed * 10_000 + p;
      const published = new Date(store.newest.getTime() - random() * 86_400_000);
      const entry = makeNormalizedEntry({
        articles,
        random,
        sourceId: 'probe',
        serial: seed * 10_000 + p,
        story,
        published,
      });
      const fingerprint = fingerprintEntry(entry);
      candidates.push(index.findCandidates(fingerprint, windowHours).length);
      const start = process.hrtime.bigint();
      await runTransaction(app.db, () =>
        placeEntry(writer, index, entry, app.config.stories.windowMs, published),
      );
      times.push(elapsedMs(start));
    }
  } finally {
    app.close();
  }
  return { times, candidates };
}

export async function runPlacement(options: ScenarioOptions): Promise<ScenarioResult> {
  const sizes = options.quick ? [10_000, 50_000] : [10_000, 200_000];
  const rounds = 5;
  const probes = options.quick ? 20 : 40;
  const stores: SeededStore[] = [];
  for (const size of sizes) stores.push(await options.stores.get(size));
  const times: number[][] = sizes.map(() => []);
  const candidates: number[][] = sizes.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const store = stores[which] as SeededStore;
      const batch = await probeStore(store, probes, round * 2 + which + 1);
      times[which]?.push(...batch.times);
      candidates[which]?.push(...batch.candidates);
      options.log(
        `placement round ${round + 1}: ${store.count} entries, median ${roundTo(median(batch.times), 3)} ms`,
      );
    }
  }
  const [small = [], large = []] = times;
  const meanOf = (values: number[] = []) =>
    roundTo(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length), 1);
  const ratio = median(large) / median(small);
  return {
    description: `time of one placeEntry (fingerprint, candidate lookup, chooseStory, insert) in its own transaction, with ${sizes[0]} and ${sizes[1]} stored entries spread over 80 days; ${probes} probes per round, half copies of recent stories`,
    goal: `ms at ${sizes[1]} <= 1.3 x ms at ${sizes[0]}`,
    met: ratio <= 1.3,
    ratio: roundTo(ratio, 3),
    measured: {
      stored_entries: sizes[1],
      mean_candidates: meanOf(candidates[1]),
      median_ms: roundTo(median(large), 3),
      p90_ms: roundTo(large.sort((a, b) => a - b)[Math.floor(large.length * 0.9)] ?? 0, 3),
    },
    baseline: {
      stored_entries: sizes[0],
      mean_candidates: meanOf(candidates[0]),
      median_ms: roundTo(median(small), 3),
      p90_ms: roundTo(small.sort((a, b) => a - b)[Math.floor(small.length * 0.9)] ?? 0, 3),
    },
    rounds,
    notes: [
      `stores built with real fingerprints/topics for ${stores[0]?.poolSize} distinct entries, copied with per-generation key suffixes (build: ${stores.map((s) => `${s.count}: ${s.buildSeconds} s`).join(', ')})`,
    ],
  };
}
